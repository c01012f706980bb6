package vn.lienhiep.contest.edition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestField;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.edition.domain.EditionCommands.*;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.lienhiep.contest.edition.domain.EditionSpecs.*;

/**
 * Specifications of a contest edition's way to its rounds and out of them (docs/domain/contest.md#edition-lifecycle):
 * drafted, its rules issued as version 1, launched while no other edition of the programme is open, amended by
 * decision into later versions until the jury proposes, its deadline only ever extended, its jury matching the rules,
 * closed after the window, screened with a jury, shortlisted from complete standings, and cancelled only before the
 * prizes are handed over. Each accepted command commits the edition's snapshot with its new status; each refusal names
 * its rule and applies nothing.
 */
class EditionLifecycleSpecTest {

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEdition> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
    }

    // --- draft and rules ------------------------------------------------------------------------------------------

    @Test
    void aDraftClaimsItsOrdinalAndIsCommittedAsVersionZero() {
        fixture.givenNoPriorActivity()
               .when(new DraftEdition(ID, TECH, 9, "  " + LABEL + " ", "2024", 2024, NATIONAL_EDITION, DRAFT_TERMS))
               .expectEvents(drafted())
               .expectResultMessagePayload(new Outcome(ID, "DRAFT", 0));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(committed(contest).current().version()).isZero();
    }

    @Test
    void aDraftWhoseOrdinalDoesNotFollowTheProgrammesLatestIsRefused() {
        contest.claimOrdinal(TECH, 9, "ed-9-khac");
        fixture.givenNoPriorActivity()
               .when(new DraftEdition(ID, TECH, 9, LABEL, "2024", 2024, NATIONAL_EDITION, DRAFT_TERMS))
               .expectException(Refusal.by("contest.edition.ordinal-not-increasing")).expectNoEvents();
        assertThat(contest.snapshots).isEmpty();
    }

    @Test
    void aDraftIsIssuedAsVersionOneAndItsSnapshotIsCommitted() {
        fixture.given(drafted()).when(new IssueRules(ID, RULES, null))
               .expectEvents(new EditionRulesIssued(ID, TECH, 9, LABEL, ISSUED));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.RULES_ISSUED);
        assertThat(committed(contest).current().version()).isEqualTo(1);
        assertThat(committed(contest).current().decision()).isEqualTo(RULES);
    }

    @Test
    void issuedRulesAreNoLongerADraftToRevise() {
        fixture.given(rulesIssued()).when(new ReviseTerms(ID, DRAFT_TERMS, null))
               .expectException(Refusal.by("contest.edition.revised-not-allowed").with("status", "RULES_ISSUED"))
               .expectNoEvents();
    }

    // --- launch ---------------------------------------------------------------------------------------------------

    @Test
    void theLaunchOpensTheEditionInTheProgrammesRegistry() {
        fixture.given(rulesIssued()).when(new Launch(ID, OPENS, null))
               .expectEvents(new EditionLaunched(ID, TECH, 9, LABEL, 2024, OPENS, CLOSES));
        assertThat(contest.openEdition(TECH)).contains(ID);
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void anotherOpenEditionOfTheProgrammeKeepsThisOneClosed() {
        contest.open(TECH, "ed-8");
        fixture.given(rulesIssued()).when(new Launch(ID, OPENS, null))
               .expectException(Refusal.by("contest.edition.another-open")).expectNoEvents();
        assertThat(contest.openEdition(TECH)).contains("ed-8");
        assertThat(contest.snapshots).doesNotContainKey(ID);
    }

    @Test
    void aDraftIsNotLaunchedBeforeItsRulesAreIssued() {
        fixture.given(drafted()).when(new Launch(ID, OPENS, null))
               .expectException(Refusal.by("contest.edition.launched-not-allowed").with("status", "DRAFT"))
               .expectNoEvents();
        assertThat(contest.openEdition(TECH)).isEmpty();
    }

    // --- amendments -----------------------------------------------------------------------------------------------

    /** Bình Phước's addition: administrative reform as a seventh field. */
    private static EditionTerms withAdministrativeReform() {
        List<ContestField> fields = new ArrayList<>(DRAFT_TERMS.fields());
        fields.add(new ContestField("ADMIN_REFORM", "Cải cách hành chính", "Administrative reform"));
        return new EditionTerms(0, null, fields, DRAFT_TERMS.eligibility(), DRAFT_TERMS.scoring(),
                                DRAFT_TERMS.prizes(), OPENS, CLOSES, true, false, 1);
    }

    @Test
    void anAmendmentIsVersionTwoInForceFromItsDecisionsDate() {
        DecisionRef amendment = Committee.decision("04/QĐ-BTCHT", LocalDate.of(2024, 6, 1), "Trưởng ban");
        fixture.given(open()).when(new AmendRules(ID, amendment, withAdministrativeReform(), null))
               .expectEvents(new EditionRulesAmended(ID, withAdministrativeReform().issued(2, amendment)));
        assertThat(committed(contest).versions()).extracting(EditionTerms::version).containsExactly(1, 2);
        assertThat(committed(contest).inForceOn(LocalDate.of(2024, 5, 31)).field("ADMIN_REFORM")).isEmpty();
        assertThat(committed(contest).inForceOn(LocalDate.of(2024, 6, 1)).field("ADMIN_REFORM")).isPresent();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void eachFurtherAmendmentIsTheNextVersionAndTheEarlierOnesAreKept() {
        DecisionRef second = Committee.decision("04/QĐ-BTCHT", LocalDate.of(2024, 6, 1), "Trưởng ban");
        DecisionRef third = Committee.decision("09/QĐ-BTCHT", LocalDate.of(2024, 10, 15), "Trưởng ban");
        fixture.given(concat(open(), new EditionRulesAmended(ID, withAdministrativeReform().issued(2, second)),
                             new JuryAppointed(ID, JURY, List.of(AGRI)),
                             new SubmissionsClosed(ID, TECH, LocalDate.of(2024, 10, 2)),
                             new ScreeningCompleted(ID, LocalDate.of(2024, 10, 3))))
               .when(new AmendRules(ID, third, DRAFT_TERMS, null))
               .expectEvents(new EditionRulesAmended(ID, DRAFT_TERMS.issued(3, third)));
        assertThat(committed(contest).versions()).extracting(EditionTerms::version).containsExactly(1, 2, 3);
        assertThat(committed(contest).inForceOn(LocalDate.of(2024, 7, 1)).version()).isEqualTo(2);
        assertThat(committed(contest).inForceOn(TODAY).version()).isEqualTo(3);
    }

    @Test
    void theRulesAreNotAmendedOnceTheJuryHasProposedResults() {
        DecisionRef amendment = Committee.decision("14/QĐ-BTCHT", LocalDate.of(2024, 11, 15), "Trưởng ban");
        fixture.given(proposed(firstPrize()))
               .when(new AmendRules(ID, amendment, withAdministrativeReform(), null))
               .expectException(Refusal.by("contest.edition.amended-not-allowed").with("status", "RESULTS_PROPOSED"))
               .expectNoEvents();
    }

    @Test
    void aDraftIsRevisedNotAmended() {
        DecisionRef amendment = Committee.decision("02/QĐ-BTCHT", LocalDate.of(2024, 1, 10), "Trưởng ban");
        fixture.given(drafted()).when(new AmendRules(ID, amendment, withAdministrativeReform(), null))
               .expectException(Refusal.by("contest.edition.amended-not-allowed").with("status", "DRAFT"))
               .expectNoEvents();
    }

    // --- deadline -------------------------------------------------------------------------------------------------

    @Test
    void anExtensionMovesTheDeadlineOfEveryVersionLater() {
        DecisionRef extension = Committee.decision("05/QĐ-BTCHT", LocalDate.of(2024, 9, 20), "Trưởng ban");
        DecisionRef amendment = Committee.decision("04/QĐ-BTCHT", LocalDate.of(2024, 6, 1), "Trưởng ban");
        fixture.given(concat(open(), new EditionRulesAmended(ID, withAdministrativeReform().issued(2, amendment))))
               .when(new ExtendDeadline(ID, extension, LocalDate.of(2024, 10, 31), null))
               .expectEvents(new SubmissionDeadlineExtended(ID, CLOSES, LocalDate.of(2024, 10, 31), extension));
        assertThat(committed(contest).versions()).extracting(EditionTerms::submissionClose)
                .containsOnly(LocalDate.of(2024, 10, 31));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void anExtensionToAnEarlierOrTheSameDayIsRefused() {
        DecisionRef extension = Committee.decision("05/QĐ-BTCHT", LocalDate.of(2024, 9, 20), "Trưởng ban");
        fixture.given(open()).when(new ExtendDeadline(ID, extension, LocalDate.of(2024, 9, 1), null))
               .expectException(Refusal.by("contest.edition.deadline-not-later").with("currentClose", "2024-09-30"))
               .expectNoEvents();
        fixture.given(open()).when(new ExtendDeadline(ID, extension, CLOSES, null))
               .expectException(Refusal.by("contest.edition.deadline-not-later")).expectNoEvents();
    }

    @Test
    void onlyAnOpenEditionHasItsDeadlineExtended() {
        DecisionRef extension = Committee.decision("08/QĐ-BTCHT", LocalDate.of(2024, 10, 5), "Trưởng ban");
        fixture.given(screening()).when(new ExtendDeadline(ID, extension, LocalDate.of(2024, 10, 31), null))
               .expectException(Refusal.by("contest.edition.extended-not-allowed").with("status", "SCREENING"))
               .expectNoEvents();
    }

    // --- jury -----------------------------------------------------------------------------------------------------

    @Test
    void theJuryIsAppointedWithOneSubPanelPerFieldAndCommittedForTheEntries() {
        fixture.given(open()).when(new AppointJury(ID, JURY, List.of(AGRI), null))
               .expectEvents(new JuryAppointed(ID, JURY, List.of(AGRI)));
        assertThat(committed(contest).subPanel(AGRI_FIELD)).contains(AGRI);
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void aSubPanelForAFieldTheRulesDoNotListIsRefused() {
        SubPanel astronomy = new SubPanel("ASTRONOMY", null, List.of(new Judge("gk-thang", "Hoàng Văn Thắng", null),
                                                                     new Judge("gk-nga", "Điêu Thị Nga", null)));
        fixture.given(open()).when(new AppointJury(ID, JURY, List.of(astronomy), null))
               .expectException(Refusal.by("contest.edition.sub-panel-field-unknown").with("field", "ASTRONOMY"))
               .expectNoEvents();
    }

    @Test
    void aSubPanelSmallerThanTheJudgesEachEntryNeedsIsRefused() {
        SubPanel alone = new SubPanel(AGRI_FIELD, null, List.of(new Judge("gk-binh", "Nguyễn Văn Bình", null)));
        fixture.given(open()).when(new AppointJury(ID, JURY, List.of(alone), null))
               .expectException(Refusal.by("contest.edition.sub-panel-too-small").with("needed", 2))
               .expectNoEvents();
    }

    // --- closing, screening, shortlist ----------------------------------------------------------------------------

    @Test
    void submissionsCloseAfterTheWindowAndFreeTheProgrammeForItsNextEdition() {
        contest.open(TECH, ID);
        fixture.given(openWithJury()).when(new CloseSubmissions(ID, null))
               .expectEvents(new SubmissionsClosed(ID, TECH, TODAY));
        assertThat(contest.openEdition(TECH)).isEmpty();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.SCREENING);
    }

    @Test
    void submissionsDoNotCloseWhileTheWindowIsOpen() {
        contest.open(TECH, ID);
        DecisionRef extension = Committee.decision("05/QĐ-BTCHT", LocalDate.of(2024, 9, 20), "Trưởng ban");
        fixture.given(concat(open(), new SubmissionDeadlineExtended(ID, CLOSES, TODAY, extension)))
               .when(new CloseSubmissions(ID, null))
               .expectException(Refusal.by("contest.edition.submissions-still-open")
                                       .with("submissionClose", "2024-12-01"))
               .expectNoEvents();
        assertThat(contest.openEdition(TECH)).contains(ID);
    }

    @Test
    void screeningEndsOnlyOnceAJuryIsAppointed() {
        fixture.given(concat(open(), new SubmissionsClosed(ID, TECH, LocalDate.of(2024, 10, 2))))
               .when(new CompleteScreening(ID, null))
               .expectException(Refusal.by("contest.edition.jury-not-appointed")).expectNoEvents();
    }

    @Test
    void screeningWithAJuryStartsThePreliminaryRound() {
        fixture.given(screening()).when(new CompleteScreening(ID, null))
               .expectEvents(new ScreeningCompleted(ID, TODAY));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.PRELIMINARY_ROUND);
    }

    @Test
    void theShortlistTakesCompletelyScoredEntriesToTheFinalRound() {
        mangoScored(contest);
        coffeeHalfScored(contest);
        fixture.given(preliminaryRound()).when(new ApproveShortlist(ID, List.of("en-1", "en-2"), null))
               .expectException(Refusal.by("contest.edition.scoring-incomplete").with("entryId", "en-2"))
               .expectNoEvents();
        fixture.given(preliminaryRound()).when(new ApproveShortlist(ID, List.of("en-1", "en-1"), null))
               .expectEvents(new ShortlistApproved(ID, List.of("en-1"), TODAY));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.FINAL_ROUND);
        assertThat(committed(contest).finalists()).containsExactly("en-1");
    }

    // --- cancellation ---------------------------------------------------------------------------------------------

    @Test
    void anOpenEditionIsCancelledAndNoLongerHoldsTheProgrammeOpen() {
        DecisionRef cancel = Committee.decision("30/QĐ-BTCHT", LocalDate.of(2024, 8, 30), "Trưởng ban");
        contest.open(TECH, ID);
        fixture.given(open()).when(new Cancel(ID, cancel, "Mưa lũ tháng 8 tại các huyện vùng cao", null))
               .expectEvents(new EditionCancelled(ID, TECH, cancel, "Mưa lũ tháng 8 tại các huyện vùng cao"));
        assertThat(contest.openEdition(TECH)).isEmpty();
        assertThatCode(() -> contest.open(TECH, "ed-10")).doesNotThrowAnyException();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.CANCELLED);
    }

    @Test
    void anEditionCancelledAfterItsResultsWereApprovedLeavesNoAwardedSolutionBehind() {
        contest.record(TECH, ID, "en-1", MANGO);
        contest.record(TECH, ID, "en-2", COFFEE);
        DecisionRef cancel = Committee.decision("16/QĐ-BTCHT", LocalDate.of(2024, 11, 22), "Trưởng ban");
        fixture.given(approved(firstPrize(), secondPrize()))
               .when(new Cancel(ID, cancel, "Phát hiện sai phạm trong tổ chức chấm thi", null))
               .expectEvents(new EditionCancelled(ID, TECH, cancel, "Phát hiện sai phạm trong tổ chức chấm thi"));
        assertThat(contest.awardedBefore(TECH, MANGO, "ed-10")).isFalse();
        assertThat(contest.awardedBefore(TECH, COFFEE, "ed-10")).isFalse();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.CANCELLED);
    }

    @Test
    void anEditionWhosePrizesWereHandedOverOrThatWasCancelledIsNotCancelled() {
        DecisionRef cancel = Committee.decision("30/QĐ-BTCHT", LocalDate.of(2024, 11, 30), "Trưởng ban");
        fixture.given(awarded()).when(new Cancel(ID, cancel, "Quá muộn", null))
               .expectException(Refusal.by("contest.edition.cancelled-not-allowed").with("status", "AWARDED"))
               .expectNoEvents();
        fixture.given(concat(open(), new EditionCancelled(ID, TECH, cancel, "Mưa lũ")))
               .when(new Cancel(ID, cancel, "Hủy lần nữa", null))
               .expectException(Refusal.by("contest.edition.cancelled-not-allowed").with("status", "CANCELLED"))
               .expectNoEvents();
    }
}
