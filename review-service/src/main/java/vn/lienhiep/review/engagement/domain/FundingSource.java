package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** Who pays for an engagement (docs/domain/review.md#rev-9). */
public enum FundingSource implements Labelled {
    STATE_BUDGET_ANNUAL_PLAN("Ngân sách nhà nước theo kế hoạch năm", "State budget, annual plan"),
    REQUESTER_CONTRACT("Hợp đồng với cơ quan đặt hàng", "Contract with the requester"),
    SPONSOR("Tài trợ", "Sponsor");

    private final String labelVi;
    private final String labelEn;

    FundingSource(String labelVi, String labelEn) {
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
