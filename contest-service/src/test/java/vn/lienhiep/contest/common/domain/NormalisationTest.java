package vn.lienhiep.contest.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienhiep.contest.common.domain.ScoreSheetTest.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienhiep.kernel.InvalidInput;

/**
 * Judges' severity taken out of the totals, field by field, checked against this hand computation.
 *
 * <p>Field CNTT. Judge A (lenient) gave E1 90, E2 80, E3 70; judge B (severe) gave E1 70, E3 50; judge C gave only
 * E2 78.
 * <ul>
 * <li>A: μ_A = 80, σ_A = √((10² + 0² + 10²) / 3) = √66.667 = 8.16497.</li>
 * <li>B: μ_B = 60, σ_B = √((10² + 10²) / 2) = 10.</li>
 * <li>C: one sheet, not adjusted: 78 stays 78.</li>
 * <li>Field, every total (90, 80, 70, 70, 50, 78): μ = 438 / 6 = 73; deviations 17, 7, −3, −3, −23, 5; squares 289 +
 * 49 + 9 + 9 + 529 + 25 = 910; σ = √(910 / 6) = √151.667 = 12.31530.</li>
 * <li>A's sheets: σ / σ_A = 12.31530 / 8.16497 = 1.508310, so 90 → 73 + 10 × 1.508310 = 88.08310 (88.08),
 * 80 → 73.00, 70 → 73 − 15.08310 = 57.91690 (57.92).</li>
 * <li>B's sheets: σ / σ_B = 1.231530, so 70 → 73 + 12.31530 = 85.31530 (85.32), 50 → 73 − 12.31530 = 60.68470
 * (60.68).</li>
 * <li>E1 = (88.08310 + 85.31530) / 2 = 86.69920 → 86.70 (raw 80.00); E2 = (73 + 78) / 2 = 75.50 (raw 79.00);
 * E3 = (57.91690 + 60.68470) / 2 = 59.30080 → 59.30 (raw 60.00).</li>
 * </ul>
 * Field NN: judge A gave G1 40 and judge D gave it 44: each has one sheet in that field, so neither is adjusted there,
 * and A's 40 in NN does not enter A's figures in CNTT.
 */
class NormalisationTest {

    private final Standing e1 = new Standing("E1", "001", "CNTT",
                                             List.of(sheet("A", "30", "20", "40"), sheet("B", "20", "20", "30")),
                                             false);
    private final Standing e2 = new Standing("E2", "002", "CNTT",
                                             List.of(sheet("A", "30", "20", "30"), sheet("C", "28", "20", "30")),
                                             false);
    private final Standing e3 = new Standing("E3", "003", "CNTT",
                                             List.of(sheet("A", "20", "20", "30"), sheet("B", "10", "10", "30")),
                                             false);
    private final Standing g1 = new Standing("G1", "004", "NN",
                                             List.of(sheet("A", "10", "10", "20"), sheet("D", "12", "12", "20")),
                                             false);

    private final Map<String, NormalisedTotal> normalised = Normalisation.zScores(List.of(e1, e2, e3, g1));

    @Test
    void eachEntrysTotalIsPutOnTheFieldsCommonScale() {
        assertThat(normalised).containsOnlyKeys("E1", "E2", "E3", "G1");
        assertThat(normalised.keySet()).containsExactly("E1", "E2", "E3", "G1");

        NormalisedTotal first = normalised.get("E1");
        assertThat(first.rawMean()).isEqualTo(new BigDecimal("80.00"));
        assertThat(first.normalisedMean()).isEqualTo(new BigDecimal("86.70"));
        assertThat(first.fieldMean()).isEqualTo(new BigDecimal("73.00"));
        assertThat(first.fieldSd()).isEqualTo(new BigDecimal("12.32"));

        assertThat(normalised.get("E2").rawMean()).isEqualTo(new BigDecimal("79.00"));
        assertThat(normalised.get("E2").normalisedMean()).isEqualTo(new BigDecimal("75.50"));
        assertThat(normalised.get("E3").rawMean()).isEqualTo(new BigDecimal("60.00"));
        assertThat(normalised.get("E3").normalisedMean()).isEqualTo(new BigDecimal("59.30"));
    }

    @Test
    void everySheetsAdjustmentIsShownWithTheJudgesFigures() {
        assertThat(normalised.get("E1").adjustments()).containsExactly(
                new Adjustment("A", new BigDecimal("90.00"), new BigDecimal("80.00"), new BigDecimal("8.16"), 3,
                               new BigDecimal("88.08"), true),
                new Adjustment("B", new BigDecimal("70.00"), new BigDecimal("60.00"), new BigDecimal("10.00"), 2,
                               new BigDecimal("85.32"), true));
        assertThat(normalised.get("E3").adjustments()).extracting(Adjustment::normalised)
                .containsExactly(new BigDecimal("57.92"), new BigDecimal("60.68"));
        assertThat(normalised.get("E1").adjustments().get(0).explanationVi())
                .contains("Giám khảo A", "3 bài", "90,00", "88,08");
    }

    @Test
    void aJudgeWithASingleSheetInTheFieldIsNotAdjustedAndTheExplanationSaysSo() {
        Adjustment judgeC = normalised.get("E2").adjustments().get(1);

        assertThat(judgeC).isEqualTo(new Adjustment("C", new BigDecimal("78.00"), new BigDecimal("78.00"),
                                                     new BigDecimal("0.00"), 1, new BigDecimal("78.00"), false));
        assertThat(judgeC.explanationVi()).contains("chỉ chấm 1 bài", "không hiệu chỉnh", "78,00");
        assertThat(judgeC.explanationEn()).contains("not adjusted");
        // A's 80 is A's own mean: it lands on the field's mean.
        assertThat(normalised.get("E2").adjustments().get(0).normalised()).isEqualTo(new BigDecimal("73.00"));
    }

    @Test
    void eachFieldIsNormalisedOnItsOwn() {
        NormalisedTotal other = normalised.get("G1");

        assertThat(other.fieldMean()).isEqualTo(new BigDecimal("42.00"));
        assertThat(other.fieldSd()).isEqualTo(new BigDecimal("2.00"));
        assertThat(other.adjustments()).allSatisfy(adjustment -> {
            assertThat(adjustment.adjusted()).isFalse();
            assertThat(adjustment.judgeSheets()).isEqualTo(1);
            assertThat(adjustment.normalised()).isEqualTo(adjustment.raw());
        });
        assertThat(other.normalisedMean()).isEqualTo(new BigDecimal("42.00"));
        // A's 40 in NN is not among A's three sheets in CNTT.
        assertThat(normalised.get("E1").adjustments().get(0).judgeSheets()).isEqualTo(3);
    }

    @Test
    void aJudgeWhoGaveEveryEntryTheSameTotalIsNotAdjusted() {
        // Judge S gave 72.3 to both entries: σ_S = 0, not adjusted.
        Standing x = new Standing("X", "1", "F", List.of(sheet("S", "20.1", "20.1", "32.1"),
                                                         sheet("T", "20", "20", "20")), false);
        Standing y = new Standing("Y", "2", "F", List.of(sheet("S", "20.1", "20.1", "32.1"),
                                                         sheet("T", "30", "30", "30")), false);

        Map<String, NormalisedTotal> result = Normalisation.zScores(List.of(x, y));

        Adjustment severe = result.get("X").adjustments().get(0);
        assertThat(severe.adjusted()).isFalse();
        assertThat(severe.judgeSd()).isEqualTo(new BigDecimal("0.00"));
        assertThat(severe.normalised()).isEqualTo(new BigDecimal("72.30"));
        assertThat(severe.explanationVi()).contains("độ lệch chuẩn 0", "không hiệu chỉnh");
        assertThat(result.get("X").adjustments().get(1).adjusted()).isTrue();
    }

    @Test
    void rawScoresAreNeverChanged() {
        assertThat(e1.counted().get(0).total()).isEqualByComparingTo("90");
        assertThat(e1.meanTotal()).isEqualTo(new BigDecimal("80.00"));
    }

    @Test
    void anEntryListedTwiceIsRefused() {
        assertThatThrownBy(() -> Normalisation.zScores(List.of(e1, e1))).isInstanceOf(InvalidInput.class);
        assertThat(Normalisation.zScores(List.of())).isEmpty();
    }
}
