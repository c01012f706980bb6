package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** Interests that keep an expert off a panel (docs/domain/review.md#rev-4). */
public enum InterestKind implements Labelled {
    EMPLOYED_BY_REQUESTER("Công tác tại cơ quan đề nghị", "Employed by the requester"),
    EMPLOYED_BY_DRAFTING_BODY("Công tác tại cơ quan soạn thảo", "Employed by the drafting body"),
    AUTHOR_OF_PROPOSAL("Tham gia xây dựng đề án", "Author or consultant of the proposal"),
    FINANCIAL_INTEREST("Có lợi ích tài chính", "Financial interest"),
    RELATIVE_OF_SIGNATORY("Người thân của người ký đề nghị", "Relative of the requester's signatory");

    private final String labelVi;
    private final String labelEn;

    InterestKind(String labelVi, String labelEn) {
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
