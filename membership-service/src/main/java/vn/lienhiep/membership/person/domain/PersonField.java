package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** Lĩnh vực công tác: the field groups of the workforce statistics (docs/domain/reports.md#r-m1). */
public enum PersonField implements Labelled {
    KHCN("Khoa học và công nghệ", "Science and technology"),
    VHTTDL("Văn hóa, thể thao và du lịch", "Culture, sports and tourism"),
    Y_TE("Y tế", "Health"),
    GDDT("Giáo dục và đào tạo", "Education and training"),
    DOANH_NGHIEP("Quản lý, làm việc tại doanh nghiệp", "Enterprise management and work"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    PersonField(String labelVi, String labelEn) {
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
