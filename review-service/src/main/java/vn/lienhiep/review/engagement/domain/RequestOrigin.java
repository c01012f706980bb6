package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** How a request reached the union (docs/domain/review.md#entities); self-initiated reviews need the competent authority's consent. */
public enum RequestOrigin implements Labelled {
    COMMISSIONED("Đặt hàng", "Commissioned"),
    ASSIGNED("Giao nhiệm vụ", "Assigned"),
    SELF_INITIATED("Chủ động đề xuất", "Self-initiated");

    private final String labelVi;
    private final String labelEn;

    RequestOrigin(String labelVi, String labelEn) {
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
