package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** Who may request a review (docs/domain/review.md#actors); statistics count engagements per kind. */
public enum RequesterKind implements Labelled {
    PROVINCIAL_PARTY_COMMITTEE("Tỉnh ủy", "Provincial Party Committee"),
    PEOPLES_COUNCIL("Hội đồng nhân dân tỉnh", "People's Council"),
    PEOPLES_COMMITTEE("Ủy ban nhân dân tỉnh", "People's Committee"),
    FATHERLAND_FRONT("Ủy ban Mặt trận Tổ quốc", "Fatherland Front"),
    DEPARTMENT("Sở, ban, ngành", "Department"),
    MASS_ORGANISATION("Đoàn thể", "Mass organisation"),
    ASSOCIATION("Hội", "Association"),
    DISTRICT("Ủy ban nhân dân huyện, thị xã, thành phố", "District People's Committee"),
    BUSINESS("Doanh nghiệp", "Business"),
    NATIONAL_ASSEMBLY_DELEGATION("Đoàn đại biểu Quốc hội", "National Assembly delegation");

    private final String labelVi;
    private final String labelEn;

    RequesterKind(String labelVi, String labelEn) {
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
