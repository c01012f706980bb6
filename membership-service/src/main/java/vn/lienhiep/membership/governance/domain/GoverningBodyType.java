package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** The union's governing bodies (cơ quan lãnh đạo). BTV ⊂ BCH; Thường trực ⊂ BTV. */
public enum GoverningBodyType implements Labelled {
    BCH("Ban Chấp hành", "Executive Committee"),
    BTV("Ban Thường vụ", "Standing Committee"),
    THUONG_TRUC("Thường trực", "Standing officers");

    private final String labelVi;
    private final String labelEn;

    GoverningBodyType(String labelVi, String labelEn) {
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
