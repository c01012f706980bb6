package vn.lienhiep.membership.workforce.domain;

import vn.lienhiep.kernel.Labelled;

/** Lĩnh vực: the field groups of the workforce statistics (docs/domain/reports.md#r-m1). */
public enum WorkforceField implements Labelled {
    KHCN("Khoa học và công nghệ", "Science and technology"),
    VHTTDL("Văn hóa, thể thao và du lịch", "Culture, sports and tourism"),
    Y_TE("Y tế", "Health"),
    GDDT("Giáo dục và đào tạo", "Education and training"),
    MANAGEMENT_AND_ENTERPRISE("Quản lý nhà nước, làm việc tại doanh nghiệp nhà nước và các doanh nghiệp khác",
                              "State management and work in state-owned and other enterprises");

    private final String labelVi;
    private final String labelEn;

    WorkforceField(String labelVi, String labelEn) {
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
