package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** Đại hội đại biểu (delegates) or đại hội toàn thể (all members). */
public enum CongressKind implements Labelled {
    DELEGATES("Đại hội đại biểu", "Delegates' congress"),
    PLENARY("Đại hội toàn thể", "Plenary congress");

    private final String labelVi;
    private final String labelEn;

    CongressKind(String labelVi, String labelEn) {
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
