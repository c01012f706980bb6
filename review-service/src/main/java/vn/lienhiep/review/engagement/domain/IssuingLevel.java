package vn.lienhiep.review.engagement.domain;

import vn.lienhiep.kernel.Labelled;

/** Which level of government issues the proposal under review. */
public enum IssuingLevel implements Labelled {
    CENTRAL("Trung ương", "Central"),
    PROVINCIAL("Tỉnh", "Provincial"),
    DISTRICT("Huyện", "District");

    private final String labelVi;
    private final String labelEn;

    IssuingLevel(String labelVi, String labelEn) {
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
