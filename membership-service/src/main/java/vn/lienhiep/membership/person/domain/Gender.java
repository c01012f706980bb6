package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

public enum Gender implements Labelled {
    MALE("Nam", "Male"),
    FEMALE("Nữ", "Female"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    Gender(String labelVi, String labelEn) {
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
