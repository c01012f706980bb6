package vn.lienhiep.membership.statistics.domain;

import vn.lienhiep.kernel.TimeSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.statistics.domain.OrganizationFacts.CountFact;
import vn.lienhiep.membership.statistics.domain.OrganizationFacts.StatusFact;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.membership.organization.domain.OrganizationStatus.*;

class OrganizationStatisticsTest {

    private static final Instant TYPED_IN_TODAY = Instant.parse("2026-11-20T03:00:00Z");

    /** Loaded from paper today, admitted by a decision of 15/05/2010: a member on 01/01/2012. */
    private final OrganizationFacts fromArchive = new OrganizationFacts("a", "Hội Khuyến học", OrganizationKind.SPECIALISED_ASSOCIATION,
            List.of(new StatusFact(ACTIVE, LocalDate.of(2010, 5, 15), TYPED_IN_TODAY)),
            List.of(new CountFact(LocalDate.of(2011, 12, 31), 150_000, 2_000, TYPED_IN_TODAY),
                    new CountFact(LocalDate.of(2015, 6, 30), 180_000, 3_000, TYPED_IN_TODAY)));

    private final OrganizationFacts suspendedIn2013 = new OrganizationFacts("b", "Hội Y học", OrganizationKind.SPECIALISED_ASSOCIATION,
            List.of(new StatusFact(SUBMITTED, LocalDate.of(2011, 3, 1), Instant.parse("2011-03-01T02:00:00Z")),
                    new StatusFact(ACTIVE, LocalDate.of(2011, 6, 1), Instant.parse("2011-06-02T02:00:00Z")),
                    new StatusFact(SUSPENDED, LocalDate.of(2013, 1, 10), Instant.parse("2013-01-10T02:00:00Z")),
                    new StatusFact(WITHDRAWN, LocalDate.of(2014, 2, 1), Instant.parse("2014-02-01T02:00:00Z"))),
            List.of(new CountFact(LocalDate.of(2011, 12, 1), 1_000, 800, Instant.parse("2011-12-02T02:00:00Z"))));

    private final OrganizationFacts unitFrom2016 = new OrganizationFacts("c", "Trung tâm Tư vấn", OrganizationKind.MEMBER_UNIT,
            List.of(new StatusFact(ACTIVE, LocalDate.of(2016, 1, 5), Instant.parse("2016-01-05T02:00:00Z"))),
            List.of());

    private final List<OrganizationFacts> all = List.of(fromArchive, suspendedIn2013, unitFrom2016);

    @Test
    void anOrganisationCountsFromTheDateOfItsDecisionNotTheDateItWasTypedIn() {
        OrganizationStatistics stats = OrganizationStatistics.compute(all, TimeSlice.of(LocalDate.of(2012, 1, 1), null), 0.5);

        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.byStatus()).containsEntry(ACTIVE, 2).doesNotContainKey(SUSPENDED);
        assertThat(stats.summary().memberOrganizations()).isEqualTo(2);
        assertThat(stats.summary().members()).isEqualTo(151_000);
        assertThat(stats.summary().intellectualMembers()).isEqualTo(2_800);
    }

    @Test
    void knownAtHidesWhatWasRecordedLater() {
        OrganizationStatistics stats = OrganizationStatistics.compute(all,
                TimeSlice.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1)), 0.5);

        assertThat(stats.total()).isEqualTo(1);
        assertThat(stats.summary().members()).isEqualTo(1_000);
    }

    @Test
    void statusesFollowTheirEffectiveDates() {
        assertThat(OrganizationStatistics.compute(all, TimeSlice.of(LocalDate.of(2013, 6, 1), null), 0.5).byStatus())
                .containsEntry(ACTIVE, 1).containsEntry(SUSPENDED, 1);
        OrganizationStatistics in2016 = OrganizationStatistics.compute(all, TimeSlice.of(LocalDate.of(2016, 6, 1), null), 0.5);
        assertThat(in2016.byStatus()).containsEntry(ACTIVE, 2).containsEntry(WITHDRAWN, 1);
        assertThat(in2016.summary().membersByKind())
                .containsEntry(OrganizationKind.SPECIALISED_ASSOCIATION, 1).containsEntry(OrganizationKind.MEMBER_UNIT, 1);
        // the withdrawn association's members no longer count; the latest report of the remaining one does
        assertThat(in2016.summary().members()).isEqualTo(180_000);
        assertThat(in2016.summary().reporting()).isEqualTo(1);
    }

    @Test
    void aMassOrganisationIsNamedAndTotalsAreAlsoGivenWithoutIt() {
        OrganizationStatistics.Summary summary =
                OrganizationStatistics.compute(all, TimeSlice.of(LocalDate.of(2012, 1, 1), null), 0.5).summary();

        assertThat(summary.outliers()).singleElement().satisfies(o -> {
            assertThat(o.organizationId()).isEqualTo("a");
            assertThat(o.share()).isEqualTo(0.9934);
        });
        assertThat(summary.membersWithoutOutliers()).isEqualTo(1_000);
        assertThat(summary.intellectualMembersWithoutOutliers()).isEqualTo(800);
    }

    @Test
    void sameDayChangesApplyInTheOrderTheyWereRecorded() {
        LocalDate day = LocalDate.of(2020, 3, 3);
        OrganizationFacts org = new OrganizationFacts("d", "Hội", OrganizationKind.FEDERATION,
                List.of(new StatusFact(OrganizationStatus.RECOMMENDED, day, Instant.parse("2020-03-03T01:00:00Z")),
                        new StatusFact(ACTIVE, day, Instant.parse("2020-03-03T02:00:00Z"))), List.of());
        assertThat(org.statusIn(TimeSlice.of(day, null))).contains(ACTIVE);
        assertThat(org.statusIn(TimeSlice.of(day.minusDays(1), null))).isEmpty();
    }

    @Test
    void factsRecordedInTheSameInstantApplyInEventOrder() {
        LocalDate day = LocalDate.of(2010, 5, 15);
        Instant sameMillisecond = Instant.parse("2026-11-22T01:00:00.219Z");
        OrganizationFacts org = new OrganizationFacts("e", "Hội", OrganizationKind.FEDERATION,
                List.of(new StatusFact(SUBMITTED, day, sameMillisecond), new StatusFact(ACTIVE, day, sameMillisecond)),
                List.of());
        assertThat(org.statusIn(TimeSlice.of(day, null))).contains(ACTIVE);
    }
}
