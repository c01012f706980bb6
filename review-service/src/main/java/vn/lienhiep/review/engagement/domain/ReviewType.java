package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** What the requester asks for; a request may ask for several. */
public enum ReviewType implements Labelled {
    CONSULTANCY("Tư vấn", "Consultancy"),
    CRITIQUE("Phản biện", "Critique"),
    SOCIAL_ASSESSMENT("Giám định xã hội", "Social assessment");

    private final String labelVi;
    private final String labelEn;

    ReviewType(String labelVi, String labelEn) {
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
