package vn.lienhiep.membership.person.domain;

/** Học hàm. */
public enum AcademicTitle {
    GIAO_SU("Giáo sư", "Professor"),
    PHO_GIAO_SU("Phó Giáo sư", "Associate Professor");

    private final String labelVi;
    private final String labelEn;

    AcademicTitle(String labelVi, String labelEn) {
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
