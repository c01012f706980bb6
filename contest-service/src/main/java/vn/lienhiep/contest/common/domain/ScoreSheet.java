package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.lienhiep.kernel.InvalidInput;

/**
 * One judge's independent scores of one entry (phiếu chấm điểm): the points per criterion code. Whether the points fit
 * the edition's sheet is {@link ScoringScheme#checkSheet}'s question; a sheet only holds what the judge gave.
 *
 * @param judgeId the judge who scored
 * @param points  points per criterion code, in the order given
 */
public record ScoreSheet(String judgeId, Map<String, BigDecimal> points) {

    /** Refuses a sheet without a judge or with a criterion left without points. */
    public ScoreSheet {
        if (judgeId == null || judgeId.isBlank()) {
            throw InvalidInput.blank("judgeId");
        }
        if (points == null) {
            throw InvalidInput.missing("points");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        points.forEach((code, value) -> {
            if (code == null || value == null) {
                throw new InvalidInput("points", "mỗi tiêu chí phải có mã và điểm",
                                       "every criterion needs a code and points");
            }
            copy.put(code, value);
        });
        points = Collections.unmodifiableMap(copy);
    }

    /** The sheet's total: the points of every criterion added up. */
    public BigDecimal total() {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The points given for one criterion; 0 when the sheet does not score it. */
    public BigDecimal of(String criterion) {
        return points.getOrDefault(criterion, BigDecimal.ZERO);
    }

    /** Whether the judge gave 0 for some criterion on this sheet. */
    public boolean hasZero() {
        return points.values().stream().anyMatch(value -> value.signum() == 0);
    }
}
