package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** Khu vực công tác: the split the provincial workforce statistics use. */
public enum WorkSector implements Labelled {
    VIEN_CHUC("Viên chức", "Public employee"),
    CAN_BO_CONG_CHUC("Cán bộ, công chức", "Cadre or civil servant"),
    DOANH_NGHIEP("Doanh nghiệp", "Enterprise"),
    HUU_TRI("Hưu trí", "Retired"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    WorkSector(String labelVi, String labelEn) {
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
