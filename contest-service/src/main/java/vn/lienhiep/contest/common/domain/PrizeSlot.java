package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.InvalidInput;

/**
 * How many prizes of one level an edition gives, and what each is worth (cơ cấu giải thưởng).
 *
 * @param level       the prize level
 * @param maxCount    the most prizes of this level in the whole edition; 0 when the edition gives none
 * @param maxPerField the most prizes of this level within one field, or null when only the edition-wide cap applies
 * @param amountVnd   the money each prize carries, in whole VND; 0 when the prize is a certificate only
 */
public record PrizeSlot(PrizeLevel level, int maxCount, Integer maxPerField, long amountVnd) {

    /** Refuses a slot without a level or with a negative cap or amount. */
    public PrizeSlot {
        if (level == null) {
            throw new InvalidInput("prizes", "mỗi loại giải phải có mức giải", "every prize slot needs a level");
        }
        if (maxCount < 0 || (maxPerField != null && maxPerField < 0)) {
            throw new InvalidInput("prizes", "số lượng " + level.labelVi() + " không được âm",
                                   "the number of " + level.labelEn() + "s cannot be negative");
        }
        if (amountVnd < 0) {
            throw new InvalidInput("prizes", "giá trị " + level.labelVi() + " không được âm",
                                   "the amount of the " + level.labelEn() + " cannot be negative");
        }
    }

    /** Whether {@code given} prizes of this level in one field reach no more than the per-field cap. */
    public boolean fieldAllows(int given) {
        return maxPerField == null || given <= maxPerField;
    }
}
