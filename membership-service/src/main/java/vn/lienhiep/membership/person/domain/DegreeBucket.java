package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** The degree groups reports use (Lào Cai's workforce statistics merge the fine-grained degrees this way). */
public enum DegreeBucket implements Labelled {
    DOCTORATE_OR_SPECIALIST_II("Tiến sĩ và chuyên khoa cấp II", "Doctorate or specialist level II"),
    MASTER_OR_SPECIALIST_I("Thạc sĩ và chuyên khoa cấp I", "Master's or specialist level I"),
    BACHELOR_OR_COLLEGE("Đại học và Cao đẳng", "Bachelor's or college"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    DegreeBucket(String labelVi, String labelEn) {
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
