package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.Labelled;

/**
 * The levels of prize (cơ cấu giải) a contest awards, declared in award order: the best first. Proposals hand out
 * levels in this order, and within one sub-panel a better-ranked entry never receives a level later in this order than
 * a worse-ranked one.
 */
public enum PrizeLevel implements Labelled {

    /** Giải Đặc biệt: above the first prize, awarded only when the jury finds an exceptional entry. */
    SPECIAL("Giải Đặc biệt", "Special prize"),
    /** Giải Nhất. */
    FIRST("Giải Nhất", "First prize"),
    /** Giải Nhì. */
    SECOND("Giải Nhì", "Second prize"),
    /** Giải Ba. */
    THIRD("Giải Ba", "Third prize"),
    /** Giải Khuyến khích. */
    CONSOLATION("Giải Khuyến khích", "Consolation prize"),
    /** Giải Phong trào: recognises taking part in the movement (phong trào) rather than a rank among the best. */
    MOVEMENT("Giải Phong trào", "Movement prize");

    private final String labelVi;
    private final String labelEn;

    PrizeLevel(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The level's name as the decision on prizes writes it. */
    @Override
    public String labelVi() {
        return labelVi;
    }

    /** The level's name in English. */
    @Override
    public String labelEn() {
        return labelEn;
    }

    /** Whether this level comes before {@code other} in award order (a higher prize). */
    public boolean higherThan(PrizeLevel other) {
        return ordinal() < other.ordinal();
    }
}
