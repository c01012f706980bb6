package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.EntryStanding;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.ScoreSheet;
import vn.lienhiep.contest.entry.domain.EntryCommands.*;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.testing.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienhiep.contest.entry.domain.EntrySpecs.*;

/**
 * Specifications of an entry's scores (docs/domain/contest.md#entry-rules): only an assigned judge scores, once, on a
 * sheet the rules accept; two independent totals within the threshold complete the entry; totals further apart send
 * it to the whole sub-panel — every member who may judge it, not a conflicted or recused one — whose re-score counts
 * in the standing the entry commits, while the first scores stay in its history.
 */
class EntryScoringSpecTest {

    private static final Map<String, BigDecimal> EIGHTY_FIVE = points(26, 25, 34);
    private static final Map<String, BigDecimal> SEVENTY = points(20, 20, 30);
    private static final Map<String, BigDecimal> SIXTY_NINE = points(18, 18, 33);

    private InMemoryContest contest;
    private FixtureConfiguration<ContestEntry> fixture;

    @BeforeEach
    void setUp() {
        contest = new InMemoryContest();
        fixture = fixture(contest);
        techEdition(contest, EditionStatus.PRELIMINARY_ROUND);
    }

    /** Bình and Hoa assigned; Bình gave 85. */
    private static Object[] halfScored() {
        return new Object[] {submitted(), eligible(), assigned(BINH), assigned(HOA), scored(BINH, EIGHTY_FIVE)};
    }

    /** Bình gave 85, Hoa 69: a gap of 16, one point above the threshold. */
    private static Object[] divergent(EntrySubmitted submitted) {
        return new Object[] {submitted, eligible(), assigned(BINH), assigned(HOA), scored(BINH, EIGHTY_FIVE),
                             scored(HOA, SIXTY_NINE), divergence()};
    }

    private static ScoreDivergenceDetected divergence() {
        return new ScoreDivergenceDetected(ID, Round.PRELIMINARY, BigDecimal.valueOf(16), THRESHOLD,
                                           List.of(BigDecimal.valueOf(85), BigDecimal.valueOf(69)));
    }

    private EntryStanding standing() {
        return contest.standings.get(ID);
    }

    // --- who scores, and how --------------------------------------------------------------------------------------

    @Test
    void theFirstOfTwoIndependentScoresLeavesTheEntryIncomplete() {
        fixture.given(submitted(), eligible(), assigned(BINH), assigned(HOA))
               .when(new ScoreEntry(ID, BINH, EIGHTY_FIVE, "Giải pháp thiết thực", null))
               .expectEvents(new EntryScored(ID, BINH, Round.PRELIMINARY, EIGHTY_FIVE, BigDecimal.valueOf(85),
                                             "Giải pháp thiết thực", 1, TODAY));
        assertThat(standing().complete()).isFalse();
        assertThat(standing().counted()).extracting(ScoreSheet::judgeId).containsExactly(BINH);
    }

    @Test
    void onlyAnAssignedJudgeScores() {
        fixture.given(halfScored()).when(new ScoreEntry(ID, THANG, SEVENTY, null, null))
               .expectException(Refusal.by("contest.judging.not-assigned").with("judgeId", THANG)).expectNoEvents();
    }

    @Test
    void aJudgeScoresAnEntryOnceAndNeverOverwritesIt() {
        fixture.given(halfScored()).when(new ScoreEntry(ID, BINH, SEVENTY, "Chấm lại", null))
               .expectException(Refusal.by("contest.judging.already-scored").with("judgeId", BINH)).expectNoEvents();
    }

    @Test
    void aSheetWithMorePointsThanACriterionAllowsIsRefused() {
        fixture.given(halfScored()).when(new ScoreEntry(ID, HOA, points(31, 20, 30), null, null))
               .expectException(Refusal.by("contest.scoring.out-of-range").with("criterion", "NOVELTY")
                                       .with("max", 30))
               .expectNoEvents();
    }

    // --- within the threshold -------------------------------------------------------------------------------------

    @Test
    void twoScoresAtMostTheThresholdApartCompleteTheEntryWithTheirMean() {
        fixture.given(halfScored()).when(new ScoreEntry(ID, HOA, SEVENTY, "Khá", null))
               .expectEvents(new EntryScored(ID, HOA, Round.PRELIMINARY, SEVENTY, BigDecimal.valueOf(70), "Khá", 1,
                                             TODAY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("77.50"), false));
        assertThat(standing().complete()).isTrue();
        assertThat(standing().rescored()).isFalse();
        assertThat(standing().counted()).extracting(ScoreSheet::judgeId).containsExactly(BINH, HOA);
    }

    // --- divergence and the sub-panel's re-score ------------------------------------------------------------------

    @Test
    void scoresMoreThanTheThresholdApartSendTheEntryToTheWholeSubPanel() {
        fixture.given(halfScored()).when(new ScoreEntry(ID, HOA, SIXTY_NINE, null, null))
               .expectEvents(new EntryScored(ID, HOA, Round.PRELIMINARY, SIXTY_NINE, BigDecimal.valueOf(69), null, 1,
                                             TODAY),
                             divergence());
        assertThat(standing().complete()).isFalse();
        assertThat(standing().rescored()).isTrue();
        assertThat(standing().counted()).isEmpty();
    }

    @Test
    void aDivergentEntryIsRescoredByTheWholeSubPanel() {
        Map<String, BigDecimal> thang = points(22, 23, 30);
        Map<String, BigDecimal> binh = points(24, 24, 32);
        Map<String, BigDecimal> hoa = points(21, 21, 30);
        fixture.given(divergent(submitted())).when(new RescoreEntry(ID, THANG, thang, "Chấm lại theo tiểu ban", null))
               .expectEvents(new EntryRescored(ID, THANG, Round.PRELIMINARY, thang, BigDecimal.valueOf(75),
                                               "Chấm lại theo tiểu ban", 1, TODAY));
        assertThat(standing().complete()).isFalse();

        fixture.given(concat(divergent(submitted()), rescored(THANG, thang)))
               .when(new RescoreEntry(ID, BINH, binh, null, null))
               .expectEvents(new EntryRescored(ID, BINH, Round.PRELIMINARY, binh, BigDecimal.valueOf(80), null, 1,
                                               TODAY));
        assertThat(standing().complete()).isFalse();

        fixture.given(concat(divergent(submitted()), rescored(THANG, thang), rescored(BINH, binh)))
               .when(new RescoreEntry(ID, HOA, hoa, null, null))
               .expectEvents(new EntryRescored(ID, HOA, Round.PRELIMINARY, hoa, BigDecimal.valueOf(72), null, 1,
                                               TODAY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("75.67"), true));
        assertThat(standing().complete()).isTrue();
        assertThat(standing().rescored()).isTrue();
        assertThat(standing().counted()).extracting(ScoreSheet::judgeId).containsExactly(THANG, BINH, HOA);
        assertThat(standing().standing().meanTotal()).isEqualByComparingTo("75.67");
        assertThat(fixture.getEventStore().readEvents(ID).asStream().map(m -> (Object) m.getPayload())
                          .filter(EntryScored.class::isInstance).map(EntryScored.class::cast))
                .extracting(EntryScored::judgeId, EntryScored::total)
                .containsExactly(tuple(BINH, BigDecimal.valueOf(85)), tuple(HOA, BigDecimal.valueOf(69)));
    }

    @Test
    void theStandingCountsOnlyTheReScoreSheetsOnceTheScoresDiverged() {
        Map<String, BigDecimal> binh = points(24, 24, 32);
        fixture.given(divergent(submitted())).when(new RescoreEntry(ID, BINH, binh, null, null))
               .expectSuccessfulHandlerExecution();
        assertThat(standing().rescored()).isTrue();
        assertThat(standing().counted()).containsExactly(new ScoreSheet(BINH, binh));
        assertThat(standing().standing().meanTotal()).isEqualByComparingTo("80");
    }

    @Test
    void aSubPanelMemberAtAnAuthorsUnitIsNotAskedToReScore() {
        EntryAuthor researcher = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 30, NOMAFSI, false, null,
                                                 false);
        EntrySubmitted withResearcher = submitted(coffee().authors(LO_VAN_A, researcher).build());
        Map<String, BigDecimal> binh = points(24, 24, 32);
        Map<String, BigDecimal> hoa = points(21, 21, 30);
        fixture.given(concat(divergent(withResearcher), rescored(BINH, binh)))
               .when(new RescoreEntry(ID, HOA, hoa, null, null))
               .expectEvents(new EntryRescored(ID, HOA, Round.PRELIMINARY, hoa, BigDecimal.valueOf(72), null, 1,
                                               TODAY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("76.00"), true));
        fixture.given(divergent(withResearcher)).when(new RescoreEntry(ID, THANG, points(22, 23, 30), null, null))
               .expectException(Refusal.by("contest.judging.conflict-same-unit").with("judgeId", THANG))
               .expectNoEvents();
    }

    @Test
    void aRecusedJudgeIsNotAskedToReScoreADivergentEntry() {
        Object[] divergent = {submitted(), eligible(), assigned(BINH), assigned(THANG),
                recused(THANG, "Em ruột là tác giả Quàng Thị Én"), assigned(HOA), scored(BINH, EIGHTY_FIVE),
                scored(HOA, SIXTY_NINE), divergence(), rescored(BINH, points(24, 24, 32))};
        fixture.given(divergent).when(new RescoreEntry(ID, THANG, points(22, 23, 30), null, null))
               .expectException(Refusal.by("contest.judging.recused").with("judgeId", THANG)).expectNoEvents();
        fixture.given(divergent).when(new RescoreEntry(ID, HOA, points(21, 21, 30), null, null))
               .expectEvents(new EntryRescored(ID, HOA, Round.PRELIMINARY, points(21, 21, 30), BigDecimal.valueOf(72),
                                               null, 1, TODAY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("76.00"), true));
        assertThat(standing().counted()).extracting(ScoreSheet::judgeId).containsExactly(BINH, HOA);
    }

    @Test
    void theLastSubPanelMemberSteppingAsideCompletesTheReScoreOfTheOthers() {
        Map<String, BigDecimal> binh = points(24, 24, 32);
        Map<String, BigDecimal> hoa = points(21, 21, 30);
        fixture.given(concat(divergent(submitted()), rescored(BINH, binh), rescored(HOA, hoa)))
               .when(new DeclareConflict(ID, THANG, "Em ruột là tác giả Quàng Thị Én", null))
               .expectEvents(new JudgeConflictDeclared(ID, THANG, Round.PRELIMINARY, "Em ruột là tác giả Quàng Thị Én",
                                                       TODAY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("76.00"), true));
        assertThat(standing().complete()).isTrue();
    }

    @Test
    void aSubPanelMemberReScoresOnce() {
        fixture.given(concat(divergent(submitted()), rescored(BINH, points(24, 24, 32))))
               .when(new RescoreEntry(ID, BINH, points(20, 20, 30), null, null))
               .expectException(Refusal.by("contest.judging.already-scored").with("judgeId", BINH)).expectNoEvents();
    }

    @Test
    void anEntryWhoseScoresAgreedIsNotReScored() {
        fixture.given(concat(halfScored(), scored(HOA, SEVENTY),
                             new EntryScoringCompleted(ID, Round.PRELIMINARY, new BigDecimal("77.50"), false)))
               .when(new RescoreEntry(ID, THANG, points(22, 23, 30), null, null))
               .expectException(Refusal.by("contest.judging.not-rescoring").with("status", "SCORED"))
               .expectNoEvents();
    }
}
