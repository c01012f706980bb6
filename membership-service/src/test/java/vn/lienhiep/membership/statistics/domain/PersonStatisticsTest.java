package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.statistics.domain.PersonFacts.MembershipFact;
import vn.lienhiep.membership.statistics.domain.PersonFacts.ProfileFact;

import static org.assertj.core.api.Assertions.assertThat;

class PersonStatisticsTest {

    private static final Instant REGISTERED = Instant.parse("2026-01-10T02:00:00Z");
    private static final Instant DOCTORATE_RECORDED = Instant.parse("2026-03-01T02:00:00Z");

    /** A master's graduate who earned a doctorate on 2019-09-01 (recorded in March 2026), a member 2015–2021. */
    private final PersonFacts researcher = new PersonFacts("p1", REGISTERED,
            List.of(new ProfileFact("MASTER_OR_SPECIALIST_I", true, "VIEN_CHUC", "KHCN", null, REGISTERED),
                    new ProfileFact("DOCTORATE_OR_SPECIALIST_II", true, "VIEN_CHUC", "KHCN", LocalDate.of(2019, 9, 1),
                                    DOCTORATE_RECORDED)),
            List.of(new MembershipFact("org", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 1), REGISTERED,
                                       REGISTERED)));

    private final PersonFacts farmer = new PersonFacts("p2", REGISTERED,
            List.of(new ProfileFact("OTHER", false, "OTHER", "OTHER", null, REGISTERED)),
            List.of(new MembershipFact("org", LocalDate.of(2018, 5, 1), null, REGISTERED, null)));

    private final List<PersonFacts> all = List.of(researcher, farmer);

    @Test
    void degreesFollowTheDateTheyWereAwarded() {
        assertThat(PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2018, 12, 31), null)).byDegreeBucket())
                .containsEntry("MASTER_OR_SPECIALIST_I", 1).doesNotContainKey("DOCTORATE_OR_SPECIALIST_II");
        assertThat(PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2019, 9, 1), null)).byDegreeBucket())
                .containsEntry("DOCTORATE_OR_SPECIALIST_II", 1).doesNotContainKey("MASTER_OR_SPECIALIST_I");
    }

    @Test
    void asKnownBeforeTheDoctorateWasRecordedThePersonStillHasTheMasters() {
        PersonStatistics known = PersonStatistics.compute(all,
                TimeSlice.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 1)));
        assertThat(known.byDegreeBucket()).containsEntry("MASTER_OR_SPECIALIST_I", 1);
        assertThat(PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))).total())
                .as("nobody was registered yet").isZero();
    }

    @Test
    void membersAndIntellectualMembersOnADate() {
        PersonStatistics in2016 = PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2016, 6, 1), null));
        assertThat(in2016.members()).isEqualTo(1);
        assertThat(in2016.intellectualMembers()).isEqualTo(1);
        PersonStatistics in2019 = PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2019, 6, 1), null));
        assertThat(in2019.members()).isEqualTo(2);
        assertThat(in2019.intellectualMembers()).isEqualTo(1);
        PersonStatistics in2021 = PersonStatistics.compute(all, TimeSlice.of(LocalDate.of(2021, 1, 1), null));
        assertThat(in2021.members()).as("until is exclusive").isEqualTo(1);
        assertThat(in2021.intellectualMembers()).isZero();
        assertThat(in2021.intellectuals()).isEqualTo(1);
        assertThat(in2021.total()).isEqualTo(2);
        assertThat(in2021.bySector()).containsEntry("VIEN_CHUC", 1).containsEntry("OTHER", 1);
    }
}
