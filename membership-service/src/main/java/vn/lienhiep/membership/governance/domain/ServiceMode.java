package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** Chuyên trách (full-time, paid by the union) or kiêm nhiệm (held alongside another job). */
public enum ServiceMode implements Labelled {
    FULL_TIME("Chuyên trách", "Full-time"),
    CONCURRENT("Kiêm nhiệm", "Concurrent");

    private final String labelVi;
    private final String labelEn;

    ServiceMode(String labelVi, String labelEn) {
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
