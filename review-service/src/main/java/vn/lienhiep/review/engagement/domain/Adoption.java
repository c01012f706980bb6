package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** How far the requester took the union's recommendations in (tiếp thu, giải trình). */
public enum Adoption implements Labelled {
    ADOPTED("Tiếp thu", "Adopted"),
    PARTIALLY_ADOPTED("Tiếp thu một phần", "Partially adopted"),
    NOT_ADOPTED("Không tiếp thu", "Not adopted"),
    NO_RESPONSE("Không có phản hồi", "No response");

    private final String labelVi;
    private final String labelEn;

    Adoption(String labelVi, String labelEn) {
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
