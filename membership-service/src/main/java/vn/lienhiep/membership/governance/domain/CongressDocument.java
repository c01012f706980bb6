package vn.lienhiep.membership.governance.domain;

import vn.lienhiep.kernel.Labelled;

/** Văn kiện đại hội: what the BCH approves before the party committee is asked (seed 1). */
public enum CongressDocument implements Labelled {
    TERM_REPORT("Báo cáo tổng kết nhiệm kỳ", "Report on the past term"),
    DIRECTION("Phương hướng nhiệm kỳ tới", "Direction for the next term"),
    CHARTER_AMENDMENT("Sửa đổi, bổ sung Điều lệ", "Charter amendment"),
    PERSONNEL_PLAN("Phương án nhân sự", "Personnel plan");

    private final String labelVi;
    private final String labelEn;

    CongressDocument(String labelVi, String labelEn) {
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
