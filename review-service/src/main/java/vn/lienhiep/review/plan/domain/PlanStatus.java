package vn.lienhiep.review.plan.domain;

import vn.lienhiep.kernel.Labelled;

/** Where an annual review plan stands: drafted by the union, submitted to the People's Committee, approved by it. */
public enum PlanStatus implements Labelled {
    DRAFT("Dự thảo", "Draft"),
    SUBMITTED("Đã trình UBND", "Submitted"),
    APPROVED("Đã được UBND phê duyệt", "Approved");

    private final String labelVi;
    private final String labelEn;

    PlanStatus(String labelVi, String labelEn) {
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
