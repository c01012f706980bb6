package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienhiep.contest.common.domain.ScoringSchemeTest.points;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

/** One judge's sheet, the divergence that sends an entry to the sub-panel, and the means ranking reads. */
class ScoreSheetTest {

    private final ScoringScheme standard = ScoringScheme.standard();

    static ScoreSheet sheet(String judge, String novelty, String applicability, String effectiveness) {
        return new ScoreSheet(judge, points(novelty, applicability, effectiveness));
    }

    @Test
    void aSheetTotalsItsPointsAndReadsAnAbsentCriterionAsZero() {
        ScoreSheet sheet = sheet("gk-1", "25.5", "20", "30");

        assertThat(sheet.total()).isEqualByComparingTo("75.5");
        assertThat(sheet.of(Criterion.NOVELTY)).isEqualByComparingTo("25.5");
        assertThat(sheet.of(Criterion.COMMUNITY_VOTE)).isEqualByComparingTo("0");
        assertThat(sheet.hasZero()).isFalse();
        assertThat(sheet("gk-1", "25", "0.0", "30").hasZero()).isTrue();
    }

    @Test
    void aSheetCannotBeChangedAfterwardsNorLackAJudge() {
        Map<String, BigDecimal> points = points("25", "20", "30");
        ScoreSheet sheet = new ScoreSheet("gk-1", points);
        points.put(Criterion.NOVELTY, BigDecimal.ZERO);

        assertThat(sheet.of(Criterion.NOVELTY)).isEqualByComparingTo("25");
        assertThatThrownBy(() -> sheet.points().put(Criterion.NOVELTY, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ScoreSheet(" ", points)).isInstanceOf(InvalidInput.class);
        Map<String, BigDecimal> withNull = new HashMap<>(points);
        withNull.put(Criterion.APPLICABILITY, null);
        assertThatThrownBy(() -> new ScoreSheet("gk-1", withNull)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aGapExactlyAtTheThresholdIsNotADivergence() {
        // 80 − 65 = 15 = the threshold: the two sheets stand.
        List<ScoreSheet> sheets = List.of(sheet("gk-1", "25", "25", "30"), sheet("gk-2", "20", "20", "25"));

        assertThat(Divergence.between(sheets, standard)).isEmpty();
    }

    @Test
    void aGapAboveTheThresholdSendsTheEntryForARescore() {
        // 80 − 64.9 = 15.1 > 15
        List<ScoreSheet> sheets = List.of(sheet("gk-1", "25", "25", "30"), sheet("gk-2", "20", "20", "24.9"));

        assertThat(Divergence.between(sheets, standard)).hasValueSatisfying(
                gap -> assertThat(gap).isEqualByComparingTo("15.1"));
        assertThat(Divergence.between(List.of(sheets.get(1), sheets.get(0)), standard)).hasValueSatisfying(
                gap -> assertThat(gap).isEqualByComparingTo("15.1"));
    }

    @Test
    void theGapIsBetweenTheHighestAndLowestOfSeveralSheets() {
        List<ScoreSheet> sheets = List.of(sheet("gk-1", "20", "20", "30"), sheet("gk-2", "25", "25", "35"),
                                          sheet("gk-3", "15", "15", "20"));

        assertThat(Divergence.between(sheets, standard)).hasValueSatisfying(
                gap -> assertThat(gap).isEqualByComparingTo("35"));
    }

    @Test
    void oneSheetCannotDiverge() {
        assertThat(Divergence.between(List.of(sheet("gk-1", "30", "30", "40")), standard)).isEmpty();
        assertThat(Divergence.between(List.of(), standard)).isEmpty();
    }

    @Test
    void aStandingAveragesItsCountedSheetsToTheHundredth() {
        // totals 75.5 and 70 → 72.75; novelty (25.5 + 20) / 2 = 22.75; effectiveness (30 + 31.1) / 2 = 30.55
        Standing standing = new Standing("e-1", "001", "CNTT",
                                         List.of(sheet("gk-1", "25.5", "20", "30"),
                                                 sheet("gk-2", "20", "18.9", "31.1")), false);

        assertThat(standing.meanTotal()).isEqualTo(new BigDecimal("72.75"));
        assertThat(standing.meanOf(Criterion.NOVELTY)).isEqualTo(new BigDecimal("22.75"));
        assertThat(standing.meanOf(Criterion.EFFECTIVENESS)).isEqualTo(new BigDecimal("30.55"));
        // applicability (20 + 18.9) / 2 = 19.45
        assertThat(standing.meanOf(Criterion.APPLICABILITY)).isEqualTo(new BigDecimal("19.45"));
        // three sheets: (70 + 70 + 70.1) / 3 = 70.0333… → 70.03
        Standing three = new Standing("e-2", "002", "CNTT",
                                      List.of(sheet("a", "20", "20", "30"), sheet("b", "20", "20", "30"),
                                              sheet("c", "20", "20", "30.1")), true);
        assertThat(three.meanTotal()).isEqualTo(new BigDecimal("70.03"));
        // (70 + 70.1 + 70.1) / 3 = 70.0666… → 70.07
        Standing up = new Standing("e-3", "003", "CNTT",
                                   List.of(sheet("a", "20", "20", "30"), sheet("b", "20", "20", "30.1"),
                                           sheet("c", "20", "20", "30.1")), true);
        assertThat(up.meanTotal()).isEqualTo(new BigDecimal("70.07"));
        assertThat(new Standing("e-4", "004", "CNTT", null, false).meanTotal()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theZeroCriterionRuleReadsTheMeanAcrossJudges() {
        // One judge gave 0 for novelty, the other 5: the mean is 2.5, not 0.
        Standing oneJudgeZero = new Standing("e-1", "001", "CNTT",
                                             List.of(sheet("gk-1", "0", "20", "30"), sheet("gk-2", "5", "20", "30")),
                                             false);
        Standing bothZero = new Standing("e-2", "002", "CNTT",
                                         List.of(sheet("gk-1", "0", "20", "30"), sheet("gk-2", "0", "20", "30")),
                                         false);

        assertThat(oneJudgeZero.counted().get(0).hasZero()).isTrue();
        assertThat(oneJudgeZero.anyCriterionZero()).isFalse();
        assertThat(bothZero.anyCriterionZero()).isTrue();
    }

    @Test
    void aStandingNamesItsEntryAndField() {
        assertThatThrownBy(() -> new Standing(null, "001", "CNTT", List.of(), false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Standing("e-1", "001", " ", List.of(), false)).isInstanceOf(InvalidInput.class);
    }
}
