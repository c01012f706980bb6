package vn.lienhiep.contest.edition.domain;

import vn.lienhiep.kernel.Labelled;

/** National prizes are paired with medals (Nhất + vàng, Nhì + bạc, Ba + đồng). */
public enum Medal implements Labelled {
    GOLD("Huy chương vàng", "Gold medal"),
    SILVER("Huy chương bạc", "Silver medal"),
    BRONZE("Huy chương đồng", "Bronze medal"),
    NONE("Không có huy chương", "No medal");

    private final String labelVi;
    private final String labelEn;

    Medal(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
