package vn.lienhiep.membership.workforce.domain;

import vn.lienhiep.kernel.Labelled;

/** Khu vực: the sector split of the provincial workforce statistics (trí thức viên chức / cán bộ, công chức). */
public enum WorkforceSector implements Labelled {
    VIEN_CHUC("Trí thức là viên chức", "Public employees"),
    CAN_BO_CONG_CHUC("Cán bộ, công chức trong cơ quan nhà nước và hệ thống chính trị",
                     "Cadres and civil servants in state and political bodies");

    private final String labelVi;
    private final String labelEn;

    WorkforceSector(String labelVi, String labelEn) {
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
