package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;

/**
 * How one judge's total for one entry was adjusted for the judge's severity ({@link Normalisation}), with what the
 * jury needs to check it: the judge's mean and standard deviation over the sheets the judge gave in the field, and how
 * many there were. The raw total is never changed; this is a reading beside it.
 *
 * @param judgeId     the judge
 * @param raw         the sheet's total as the judge gave it
 * @param judgeMean   the mean of the totals the judge gave in the field (μ_j)
 * @param judgeSd     their population standard deviation (σ_j)
 * @param judgeSheets how many sheets the judge gave in the field
 * @param normalised  the total on the field's common scale; equal to {@code raw} when not adjusted
 * @param adjusted    false when the judge gave fewer than 2 sheets in the field or gave every entry the same total
 */
public record Adjustment(String judgeId, BigDecimal raw, BigDecimal judgeMean, BigDecimal judgeSd, int judgeSheets,
                         BigDecimal normalised, boolean adjusted) {

    /** What happened to the sheet, in Vietnamese, for the jury's minutes. */
    public String explanationVi() {
        if (adjusted) {
            return "Giám khảo " + judgeId + " chấm " + judgeSheets + " bài trong lĩnh vực (trung bình " + vi(judgeMean)
                   + ", độ lệch chuẩn " + vi(judgeSd) + "): " + vi(raw) + " được quy đổi thành " + vi(normalised);
        }
        if (judgeSheets < 2) {
            return "Giám khảo " + judgeId + " chỉ chấm " + judgeSheets
                   + " bài trong lĩnh vực nên không hiệu chỉnh: giữ nguyên " + vi(raw);
        }
        return "Giám khảo " + judgeId + " cho mọi bài trong lĩnh vực cùng tổng điểm (độ lệch chuẩn 0) nên không hiệu"
               + " chỉnh: giữ nguyên " + vi(raw);
    }

    /** What happened to the sheet, in English. */
    public String explanationEn() {
        if (adjusted) {
            return "Judge " + judgeId + " scored " + judgeSheets + " entries in the field (mean " + judgeMean
                   + ", standard deviation " + judgeSd + "): " + raw + " becomes " + normalised;
        }
        if (judgeSheets < 2) {
            return "Judge " + judgeId + " scored only " + judgeSheets + " entry in the field, so it is not adjusted: "
                   + raw + " stands";
        }
        return "Judge " + judgeId + " gave every entry in the field the same total (standard deviation 0), so it is"
               + " not adjusted: " + raw + " stands";
    }

    /** A figure as Vietnamese writes it: a decimal comma (72,50). */
    private static String vi(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
