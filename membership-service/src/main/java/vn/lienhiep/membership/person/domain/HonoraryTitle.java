package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/** Danh hiệu vinh dự nhà nước a person holds (docs/glossary.md); honours eligibility reads them. */
public enum HonoraryTitle implements Labelled {
    NGND("Nhà giáo Nhân dân", "People's Teacher"),
    NGUT("Nhà giáo Ưu tú", "Meritorious Teacher"),
    TTND("Thầy thuốc Nhân dân", "People's Physician"),
    TTUT("Thầy thuốc Ưu tú", "Meritorious Physician"),
    NSND("Nghệ sĩ Nhân dân", "People's Artist"),
    NSUT("Nghệ sĩ Ưu tú", "Meritorious Artist"),
    NNND("Nghệ nhân Nhân dân", "People's Artisan"),
    NNUT("Nghệ nhân Ưu tú", "Meritorious Artisan"),
    AHLD("Anh hùng Lao động", "Hero of Labour"),
    AHLLVT("Anh hùng Lực lượng vũ trang nhân dân", "Hero of the People's Armed Forces"),
    CSTDTQ("Chiến sĩ thi đua toàn quốc", "National Emulation Fighter");

    private final String labelVi;
    private final String labelEn;

    HonoraryTitle(String labelVi, String labelEn) {
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
