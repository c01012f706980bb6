package vn.lienhiep.review.common.domain;

import vn.lienhiep.kernel.Labelled;

/** What kind of proposal (đề án) is under review — the Lai Châu and Bình Dương lists (docs/domain/review.md#language). */
public enum SubjectType implements Labelled {
    PARTY_POLICY("Đường lối, chủ trương, chính sách quan trọng", "Major party or government policy"),
    DRAFT_LAW("Dự án luật", "Draft law"),
    PARTY_CONGRESS_DOCUMENT("Dự thảo văn kiện đại hội Đảng", "Party congress draft document"),
    SOCIOECONOMIC_MASTER_PLAN("Quy hoạch tổng thể, quy hoạch ngành", "Socio-economic master plan"),
    INVESTMENT_PROJECT("Dự án đầu tư", "Investment project"),
    ST_EDU_WORKFORCE_POLICY("Chiến lược, quy hoạch KH&CN, GD&ĐT, chính sách trí thức",
                            "Science, education or workforce policy"),
    ENVIRONMENTAL_ASSESSMENT("Đánh giá môi trường chiến lược", "Environmental assessment"),
    ARCHITECTURE_PLANNING("Đồ án quy hoạch, kiến trúc", "Architecture or planning design"),
    POLICY_EVALUATION_STUDY("Đề tài TVPB đánh giá chính sách", "Policy evaluation study"),
    OTHER("Khác", "Other");

    private final String vi;
    private final String en;

    SubjectType(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String labelVi() {
        return vi;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
