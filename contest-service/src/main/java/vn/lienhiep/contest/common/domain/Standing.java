package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.lienhiep.kernel.InvalidInput;

/**
 * What ranking sees of one entry: its number, its field (the sub-panel that judged it) and the sheets that count. The
 * caller chooses the sheets: the sub-panel's re-score sheets when the first sheets diverged ({@link Divergence}),
 * else the first sheets.
 *
 * @param entryId  the entry
 * @param entryNo  the entry's number in the edition (số báo danh), the last tie-break
 * @param field    the field (lĩnh vực) whose sub-panel judged the entry; entries are ranked within it
 * @param counted  the sheets that count
 * @param rescored whether {@code counted} is the sub-panel's re-score
 */
public record Standing(String entryId, String entryNo, String field, List<ScoreSheet> counted, boolean rescored) {

    /** Refuses a standing that names no entry or no field. */
    public Standing {
        if (entryId == null || entryId.isBlank()) {
            throw InvalidInput.blank("entryId");
        }
        if (field == null || field.isBlank()) {
            throw InvalidInput.blank("field");
        }
        counted = counted == null ? List.of() : List.copyOf(counted);
    }

    /** The mean of the counted sheets' totals (điểm trung bình), to 0.01 rounded half up; 0 with no sheet. */
    public BigDecimal meanTotal() {
        return mean(ScoreSheet::total);
    }

    /** The mean of one criterion's points over the counted sheets, to 0.01 rounded half up; 0 with no sheet. */
    public BigDecimal meanOf(String criterion) {
        return mean(sheet -> sheet.of(criterion));
    }

    /**
     * Whether some criterion's MEAN across the counted sheets is 0. The rule "no criterion scored 0" (không có tiêu chí
     * nào bị 0 điểm) reads the mean, not each sheet: one judge's 0 that the other judges do not share is a
     * disagreement for the mean to settle (and, when large, for {@link Divergence}), not a verdict. The criteria are
     * those any counted sheet scores; {@link PrizeRanking} also reads the scheme's criteria, so one no sheet scores
     * counts as 0 there.
     */
    public boolean anyCriterionZero() {
        Set<String> codes = new LinkedHashSet<>();
        counted.forEach(sheet -> codes.addAll(sheet.points().keySet()));
        return codes.stream().anyMatch(this::meanIsZero);
    }

    /** Whether the criterion's mean is exactly 0 (read unrounded, so a tiny mean does not round to 0). */
    boolean meanIsZero(String criterion) {
        return counted.isEmpty()
               || counted.stream().map(sheet -> sheet.of(criterion)).reduce(BigDecimal.ZERO, BigDecimal::add)
                          .signum() == 0;
    }

    private BigDecimal mean(Function<ScoreSheet, BigDecimal> value) {
        if (counted.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return counted.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
    }
}
