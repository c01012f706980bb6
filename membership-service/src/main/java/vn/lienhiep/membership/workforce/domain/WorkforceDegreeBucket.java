package vn.lienhiep.membership.workforce.domain;

import vn.lienhiep.kernel.Labelled;

/** The merged degree groups of the workforce statistics (Lào Cai merges doctorate with specialist II, etc.). */
public enum WorkforceDegreeBucket implements Labelled {
    DOCTORATE_OR_SPECIALIST_II("Tiến sĩ và chuyên khoa cấp II", "Doctorate or specialist level II"),
    MASTER_OR_SPECIALIST_I("Thạc sĩ và chuyên khoa cấp I", "Master's or specialist level I"),
    BACHELOR_OR_COLLEGE("Đại học và Cao đẳng", "Bachelor's or college");

    private final String labelVi;
    private final String labelEn;

    WorkforceDegreeBucket(String labelVi, String labelEn) {
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
