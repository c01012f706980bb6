package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** A seat on a review panel (docs/domain/review.md#entities). */
public enum PanelRole implements Labelled {
    CHAIR("Chủ tịch hội đồng", "Chair"),
    SECRETARY("Thư ký", "Secretary"),
    CRITIC("Ủy viên phản biện", "Critic"),
    MEMBER("Ủy viên", "Member");

    private final String labelVi;
    private final String labelEn;

    PanelRole(String labelVi, String labelEn) {
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
