package vn.lienhiep.contest.common.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry's total on its field's common scale ({@link Normalisation}), beside its raw mean, with each counted
 * sheet's adjustment so the jury can follow the arithmetic.
 *
 * @param entryId        the entry
 * @param rawMean        the mean of the counted sheets' raw totals ({@link Standing#meanTotal()})
 * @param normalisedMean the mean of the counted sheets' normalised totals
 * @param fieldMean      the mean of every total given in the field (μ)
 * @param fieldSd        their population standard deviation (σ)
 * @param adjustments    one per counted sheet, in the standing's order
 */
public record NormalisedTotal(String entryId, BigDecimal rawMean, BigDecimal normalisedMean, BigDecimal fieldMean,
                              BigDecimal fieldSd, List<Adjustment> adjustments) {

    /** Keeps an immutable copy of the adjustments. */
    public NormalisedTotal {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
