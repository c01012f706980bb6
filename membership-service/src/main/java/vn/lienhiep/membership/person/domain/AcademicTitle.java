package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** Học hàm. */
public enum AcademicTitle implements Labelled {
    GIAO_SU("Giáo sư", "Professor"),
    PHO_GIAO_SU("Phó Giáo sư", "Associate Professor");

    private final String labelVi;
    private final String labelEn;

    AcademicTitle(String labelVi, String labelEn) {
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
