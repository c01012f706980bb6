package vn.lienhiep.contest.edition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.edition.domain.EditionCommands.*;
import vn.lienhiep.contest.edition.domain.EditionEvents.*;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.contest.edition.domain.EditionSpecs.*;

/**
 * Specifications of a contest edition's results and what follows them (docs/domain/contest.md#edition-rules): the
 * jury's proposal computed from the standings the entries committed (complete, within the prize quotas), the
 * committee's return or approval (which records the awarded solutions for later editions), the ceremony, the
 * revocation of a prize, the national nominations within the rules' cap and the national result of a nominated entry.
 */
class EditionResultsSpecTest {

    private static final String MINUTES = "Biên bản họp Ban Giám khảo số 01/BB-BGK";
    private static final LocalDate SENT_ON = LocalDate.of(2024, 11, 28);

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEdition> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
    }

    // --- the jury's proposal --------------------------------------------------------------------------------------

    @Test
    void theProposalRanksTheFinalistsCommittedStandingsAndSplitsEachPrizeByShares() {
        mangoScored(contest);
        coffeeScored(contest);
        contest.record(standing("en-3", "003", "Bếp đun cải tiến tiết kiệm củi", false, List.of(LO_VAN_A),
                                sheet("gk-binh", 10, 10, 10)));
        fixture.given(finalRound()).when(new ProposeResults(ID, MINUTES, Map.of(), null))
               .expectEvents(new ResultsProposed(ID, MINUTES, List.of(firstPrize(), secondPrize()), TODAY));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.RESULTS_PROPOSED);
    }

    @Test
    void theJurysOwnProposalIsKeptWhenItStaysWithinTheQuotas() {
        mangoScored(contest);
        coffeeScored(contest);
        fixture.given(finalRound()).when(new ProposeResults(ID, MINUTES, Map.of("en-1", PrizeLevel.FIRST), null))
               .expectEvents(new ResultsProposed(ID, MINUTES, List.of(firstPrize()), TODAY));
    }

    @Test
    void aProposalOfMorePrizesOfALevelThanTheEditionGivesIsRefused() {
        mangoScored(contest);
        coffeeScored(contest);
        fixture.given(finalRound())
               .when(new ProposeResults(ID, MINUTES, Map.of("en-1", PrizeLevel.FIRST, "en-2", PrizeLevel.FIRST), null))
               .expectException(Refusal.by("contest.scoring.quota-exceeded").with("level", "FIRST").with("max", 1)
                                       .with("given", 2))
               .expectNoEvents();
        assertThat(contest.snapshots).doesNotContainKey(ID);
    }

    @Test
    void aFinalistWhoseScoringIsIncompleteHoldsTheResults() {
        mangoScored(contest);
        coffeeHalfScored(contest);
        fixture.given(finalRound()).when(new ProposeResults(ID, MINUTES, Map.of(), null))
               .expectException(Refusal.by("contest.edition.scoring-incomplete").with("entryId", "en-2")
                                       .with("entryNo", "002"))
               .expectNoEvents();
    }

    @Test
    void resultsAreProposedOnlyInTheFinalRound() {
        mangoScored(contest);
        fixture.given(preliminaryRound()).when(new ProposeResults(ID, MINUTES, Map.of(), null))
               .expectException(Refusal.by("contest.edition.proposed-not-allowed").with("status", "PRELIMINARY_ROUND"))
               .expectNoEvents();
    }

    // --- the committee's decision ---------------------------------------------------------------------------------

    @Test
    void theCommitteeSendsTheProposalBackToTheJury() {
        fixture.given(proposed(firstPrize())).when(new ReturnToJury(ID, "Xem lại điểm tiểu ban Nông nghiệp", null))
               .expectEvents(new ResultsReturnedToJury(ID, "Xem lại điểm tiểu ban Nông nghiệp", TODAY));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.FINAL_ROUND);
        fixture.given(finalRound()).when(new ReturnToJury(ID, "Chưa có đề xuất", null))
               .expectException(Refusal.by("contest.edition.returned-not-allowed")).expectNoEvents();
    }

    @Test
    void theApprovalAwardsTheProposedPrizesAndRecordsTheSolutionsForLaterEditions() {
        fixture.given(proposed(firstPrize(), secondPrize())).when(new ApproveResults(ID, RESULTS, null))
               .expectEvents(new ContestResultsApproved(ID, TECH, 9, LABEL, 2024, RESULTS,
                                                        List.of(firstPrize(), secondPrize())));
        assertThat(contest.awarded).containsOnlyKeys("en-1", "en-2");
        assertThat(contest.awardedBefore(TECH, "quy trình ghép cải tạo  xoài tròn Yên Châu", "ed-10")).isTrue();
        assertThat(contest.awardedBefore(TECH, MANGO, ID)).isFalse();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.RESULTS_APPROVED);
    }

    @Test
    void anApprovalDatedAfterTodayIsRefused() {
        DecisionRef tomorrow = Committee.decision("12/QĐ-BTCHT", TODAY.plusDays(1), "Trưởng ban");
        fixture.given(proposed(firstPrize())).when(new ApproveResults(ID, tomorrow, null))
               .expectException(Refusal.by("contest.date-in-future")).expectNoEvents();
        assertThat(contest.awarded).isEmpty();
    }

    @Test
    void theCeremonyHandsOverApprovedPrizesOnly() {
        fixture.given(approved(firstPrize())).when(new HoldCeremony(ID, LocalDate.of(2024, 11, 25), null))
               .expectEvents(new CeremonyHeld(ID, LocalDate.of(2024, 11, 25)));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.AWARDED);
        fixture.given(proposed(firstPrize())).when(new HoldCeremony(ID, LocalDate.of(2024, 11, 25), null))
               .expectException(Refusal.by("contest.edition.ceremony-not-allowed")).expectNoEvents();
    }

    // --- revocation -----------------------------------------------------------------------------------------------

    @Test
    void aPrizeIsRevokedForFraudAndStopsCountingAsAnAward() {
        contest.record(TECH, ID, "en-1", MANGO);
        DecisionRef revocation = Committee.decision("20/QĐ-BTCHT", LocalDate.of(2024, 11, 30), "Trưởng ban");
        fixture.given(awarded())
               .when(new RevokePrize(ID, "en-1", revocation, "Sao chép giải pháp đã công bố năm 2019", null))
               .expectEvents(new PrizeRevoked(ID, "en-1", PrizeLevel.FIRST, AGRI_FIELD, 2024, revocation,
                                              "Sao chép giải pháp đã công bố năm 2019"));
        assertThat(contest.awarded).doesNotContainKey("en-1");
        assertThat(contest.awardedBefore(TECH, MANGO, "ed-10")).isFalse();
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.AWARDED);
    }

    @Test
    void anEntryWithoutAPrizeOrWhosePrizeWasRevokedCannotBeRevoked() {
        DecisionRef revocation = Committee.decision("20/QĐ-BTCHT", LocalDate.of(2024, 11, 30), "Trưởng ban");
        fixture.given(awarded()).when(new RevokePrize(ID, "en-3", revocation, "Không có giải", null))
               .expectException(Refusal.by("contest.edition.entry-not-awarded").with("entryId", "en-3"))
               .expectNoEvents();
        fixture.given(concat(awarded(), new PrizeRevoked(ID, "en-1", PrizeLevel.FIRST, AGRI_FIELD, 2024, revocation,
                                                         "Sao chép")))
               .when(new RevokePrize(ID, "en-1", revocation, "Thu hồi lần nữa", null))
               .expectException(Refusal.by("contest.edition.entry-not-awarded").with("entryId", "en-1"))
               .expectNoEvents();
    }

    // --- national nominations and results -------------------------------------------------------------------------

    @Test
    void anAwardedEntryIsNominatedToTheNationalContestWithinTheCap() {
        fixture.given(awarded())
               .when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-1"), SENT_ON, null))
               .expectEvents(new NationalNominationSent(ID, NationalTarget.NATIONAL_CONTEST, NATIONAL_EDITION,
                                                        List.of("en-1"), SENT_ON));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.NOMINATED_UPWARD);
    }

    @Test
    void nominationsBeyondTheRulesCapAreRefusedCountingThoseAlreadySent() {
        fixture.given(awarded())
               .when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-1", "en-2"), SENT_ON,
                                         null))
               .expectException(Refusal.by("contest.edition.national-cap").with("max", 1).with("given", 2))
               .expectNoEvents();
        fixture.given(concat(awarded(), new NationalNominationSent(ID, NationalTarget.NATIONAL_CONTEST,
                                                                   NATIONAL_EDITION, List.of("en-1"), SENT_ON)))
               .when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-2"), SENT_ON, null))
               .expectException(Refusal.by("contest.edition.national-cap").with("max", 1).with("given", 2))
               .expectNoEvents();
    }

    @Test
    void theCapBindsTheNationalContestNotTheVifotecAward() {
        fixture.given(concat(awarded(), new NationalNominationSent(ID, NationalTarget.NATIONAL_CONTEST,
                                                                   NATIONAL_EDITION, List.of("en-1"), SENT_ON)))
               .when(new SendNominations(ID, NationalTarget.VIFOTEC, 2025, List.of("en-2"), SENT_ON, null))
               .expectEvents(new NationalNominationSent(ID, NationalTarget.VIFOTEC, 2025, List.of("en-2"), SENT_ON));
    }

    @Test
    void onlyAnAwardedEntryIsNominated() {
        fixture.given(awarded())
               .when(new SendNominations(ID, NationalTarget.NATIONAL_CONTEST, null, List.of("en-3"), SENT_ON, null))
               .expectException(Refusal.by("contest.edition.entry-not-awarded").with("entryId", "en-3"))
               .expectNoEvents();
    }

    @Test
    void aNominatedEntryHasItsNationalResultRecordedAndNoOtherEntryDoes() {
        Object[] nominated = concat(awarded(), new NationalNominationSent(ID, NationalTarget.NATIONAL_CONTEST,
                                                                          NATIONAL_EDITION, List.of("en-1"), SENT_ON));
        fixture.given(nominated).when(new RecordNationalResult(ID, "en-1", PrizeLevel.SECOND, Medal.SILVER, 2025, null))
               .expectEvents(new NationalResultRecorded(ID, "en-1", NationalTarget.NATIONAL_CONTEST, NATIONAL_EDITION,
                                                        PrizeLevel.SECOND, Medal.SILVER, 2025));
        assertThat(committed(contest).status()).isEqualTo(EditionStatus.NOMINATED_UPWARD);
        fixture.given(nominated).when(new RecordNationalResult(ID, "en-2", PrizeLevel.THIRD, Medal.BRONZE, 2025, null))
               .expectException(Refusal.by("contest.edition.entry-not-nominated").with("entryId", "en-2"))
               .expectNoEvents();
    }

    @Test
    void noNationalResultIsRecordedBeforeAnyNomination() {
        fixture.given(awarded()).when(new RecordNationalResult(ID, "en-1", PrizeLevel.SECOND, Medal.SILVER, 2025, null))
               .expectException(Refusal.by("contest.edition.national-result-not-allowed").with("status", "AWARDED"))
               .expectNoEvents();
    }
}
