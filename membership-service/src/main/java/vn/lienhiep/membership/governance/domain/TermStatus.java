package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** Nhiệm kỳ: PLANNED until the congress that opens it closes, then ACTIVE until the next one closes. */
public enum TermStatus implements Labelled {
    PLANNED("Dự kiến", "Planned"),
    ACTIVE("Đang diễn ra", "Active"),
    CLOSED("Đã kết thúc", "Closed");

    private final String labelVi;
    private final String labelEn;

    TermStatus(String labelVi, String labelEn) {
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
