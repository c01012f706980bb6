package vn.lienhiep.membership.expert.domain;

import vn.lienhiep.kernel.Labelled;

/** Phạm vi: a local expert, a national one, or a central expert invited ad hoc (Lào Cai invites central experts). */
public enum ExpertScope implements Labelled {
    LOCAL("Chuyên gia địa phương", "Local expert"),
    NATIONAL("Chuyên gia toàn quốc", "National expert"),
    CENTRAL_INVITED("Chuyên gia trung ương được mời", "Invited central expert");

    private final String labelVi;
    private final String labelEn;

    ExpertScope(String labelVi, String labelEn) {
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
