package vn.lienhiep.membership.person.domain;

public enum Gender {
    MALE("Nam", "Male"),
    FEMALE("Nữ", "Female"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    Gender(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
