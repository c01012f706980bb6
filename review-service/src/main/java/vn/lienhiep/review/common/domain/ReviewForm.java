package vn.lienhiep.review.common.domain;

import vn.lienhiep.kernel.Labelled;

/** How the union gives its opinion (hình thức TVPB); one engagement may use several (docs/domain/review.md#entities). */
public enum ReviewForm implements Labelled {
    WORKSHOP("Hội thảo, hội nghị, tọa đàm", "Workshop"),
    COUNCIL("Hội đồng tư vấn, phản biện", "Review council"),
    EXPERT_GROUP("Tổ chuyên gia", "Expert group"),
    WRITTEN_COMMENTS("Góp ý bằng văn bản", "Written comments"),
    RESEARCH_STUDY("Đề tài tư vấn, phản biện", "Research study"),
    ARTICLE("Bài nghiên cứu, trao đổi", "Article"),
    JOINT_SUPERVISION("Giám sát, phản biện cùng Ủy ban MTTQ", "Joint supervision with the Fatherland Front"),
    DIRECT_ADVICE_AT_MEETING("Tư vấn trực tiếp tại cuộc họp", "Direct advice at a meeting");

    private final String labelVi;
    private final String labelEn;

    ReviewForm(String labelVi, String labelEn) {
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
