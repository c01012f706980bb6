package vn.lienhiep.contest.entry.domain;

import java.time.LocalDate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.contest.entry.domain.EntrySpecs.*;

/**
 * Specifications of the secretariat's screening of a submitted entry (docs/domain/contest.md#entry-lifecycle): a
 * dossier returned for what it lacks comes back and is checked again (the closed window does not count against it),
 * an entry is withdrawn before its judging, and declaring it eligible checks the dossier again under the rules in
 * force that day and the organisation's standing as membership last reported it. The standing the entry commits says
 * whether it competes.
 */
class EntryScreeningSpecTest {

    private static final String MISSING = "Thiếu bản vẽ kỹ thuật và biên bản nghiệm thu";
    private static final EntryReturnedForCompletion RETURNED =
            new EntryReturnedForCompletion(ID, MISSING, LocalDate.of(2024, 6, 3));

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEntry> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
        techEdition(contest, EditionStatus.SCREENING);
    }

    // --- return and resubmission ----------------------------------------------------------------------------------

    @Test
    void aSubmittedDossierIsReturnedForWhatItLacks() {
        fixture.given(submitted()).when(new ReturnForCompletion(ID, MISSING, null))
               .expectEvents(new EntryReturnedForCompletion(ID, MISSING, TODAY));
        assertThat(contest.standings.get(ID).competing()).isFalse();
    }

    @Test
    void theCompletedDossierComesBackAfterTheWindowClosed() {
        Dossier completed = coffee().evidence(CONFIRMATION, new Dossier.Evidence(EvidenceType.ACCEPTANCE_MINUTES,
                "Hợp tác xã Cà phê Chiềng Ban", LocalDate.of(2023, 6, 1))).build();
        fixture.given(submitted(), RETURNED).when(new Resubmit(ID, completed, null))
               .expectEvents(new EntryResubmitted(ID, completed, TODAY));
        assertThat(contest.standings.get(ID).competing()).isFalse();
    }

    @Test
    void theCompletedDossierIsCheckedAgain() {
        EntryAuthor forty = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 40,
                                            "Hợp tác xã Cà phê Chiềng Ban", false, null, false);
        fixture.given(submitted(), RETURNED).when(new Resubmit(ID, coffee().authors(LO_VAN_A, forty).build(), null))
               .expectException(Refusal.by("contest.entry.shares-not-100").with("sum", 110)).expectNoEvents();
        fixture.given(submitted(), RETURNED).when(new Resubmit(ID, coffee().evidence().build(), null))
               .expectException(Refusal.by("contest.eligibility.evidence-missing")).expectNoEvents();
    }

    @Test
    void onlyAReturnedDossierIsResubmitted() {
        fixture.given(submitted()).when(new Resubmit(ID, COFFEE, null))
               .expectException(Refusal.by("contest.entry.resubmitted-not-allowed").with("status", "SUBMITTED"))
               .expectNoEvents();
    }

    // --- withdrawal -----------------------------------------------------------------------------------------------

    @Test
    void anEligibleEntryIsWithdrawnAndStopsCompeting() {
        fixture.given(submitted(), eligible()).when(new Withdraw(ID, "Tác giả chính chuyển công tác khỏi tỉnh", null))
               .expectEvents(new EntryWithdrawn(ID, "Tác giả chính chuyển công tác khỏi tỉnh", TODAY));
        assertThat(contest.standings.get(ID).competing()).isFalse();
    }

    @Test
    void anEntryInJudgingIsNoLongerWithdrawn() {
        fixture.given(submitted(), eligible(), assigned(BINH)).when(new Withdraw(ID, "Đổi ý", null))
               .expectException(Refusal.by("contest.entry.withdrawn-not-allowed").with("status", "IN_JUDGING"))
               .expectNoEvents();
    }

    // --- the secretariat's conclusion -----------------------------------------------------------------------------

    @Test
    void aSoundEntryIsDeclaredEligibleAndCompetes() {
        fixture.given(submitted()).when(new DeclareEligible(ID, null))
               .expectEvents(new EntryDeclaredEligible(ID, ED, AGRI_FIELD, 1, TODAY));
        assertThat(contest.standings.get(ID).competing()).isTrue();
        assertThat(contest.standings.get(ID).complete()).isFalse();
    }

    @Test
    void declaringEligibleChecksTheDossierUnderTheRulesInForceThatDay() {
        techEdition(contest, EditionStatus.SCREENING, TECH_RULES,
                    terms(TECH, OPENS, CLOSES, new EligibilityPolicy(null, true, null, null, null, false, true, null,
                                                                     null), true, 2,
                          Committee.decision("09/QĐ-BTCHT", LocalDate.of(2024, 10, 15), "Trưởng ban")));
        fixture.given(submitted(coffee().outsideProvince().build())).when(new DeclareEligible(ID, null))
               .expectException(Refusal.by("contest.eligibility.outside-province")).expectNoEvents();
        fixture.given(submitted()).when(new DeclareEligible(ID, null))
               .expectEvents(new EntryDeclaredEligible(ID, ED, AGRI_FIELD, 2, TODAY));
    }

    @Test
    void declaringEligibleChecksTheOrganisationsStandingAgain() {
        Dossier byCooperative = coffee().by("org-htx-chieng-ban", "Hợp tác xã Cà phê Chiềng Ban").build();
        contest.organisations.put("org-htx-chieng-ban", "SUSPENDED");
        fixture.given(submitted(byCooperative)).when(new DeclareEligible(ID, null))
               .expectException(Refusal.by("contest.eligibility.member-suspended").with("status", "SUSPENDED"))
               .expectNoEvents();
        assertThat(contest.standings).isEmpty();
    }

    @Test
    void aReturnedDossierIsNotDeclaredEligibleBeforeItComesBack() {
        fixture.given(submitted(), RETURNED).when(new DeclareEligible(ID, null))
               .expectException(Refusal.by("contest.entry.declared-eligible-not-allowed").with("status", "INCOMPLETE"))
               .expectNoEvents();
    }

    @Test
    void anEntryFoundIneligibleDoesNotCompete() {
        fixture.given(submitted(), eligible()).when(new DeclareIneligible(ID, "Xác nhận áp dụng không đúng sự thật", null))
               .expectEvents(new EntryDeclaredIneligible(ID, ED, "Xác nhận áp dụng không đúng sự thật", TODAY));
        assertThat(contest.standings.get(ID).competing()).isFalse();
    }
}
