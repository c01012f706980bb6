package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** How an office holding began or continued. */
public enum HoldingBasis implements Labelled {
    ELECTED("Được bầu tại Đại hội", "Elected at a congress"),
    RE_ELECTED("Tái cử", "Re-elected"),
    APPOINTED("Bầu bổ sung giữa nhiệm kỳ", "Appointed between congresses");

    private final String labelVi;
    private final String labelEn;

    HoldingBasis(String labelVi, String labelEn) {
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
