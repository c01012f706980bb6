package vn.lienhiep.membership.person.domain;

import vn.lienhiep.kernel.Labelled;

/**
 * Trình độ: the fine-grained qualification, highest first. Reports merge them into {@link DegreeBucket}s; an
 * intellectual (trí thức) holds a college degree or higher.
 */
public enum Degree implements Labelled {
    TIEN_SI("Tiến sĩ", "Doctorate", DegreeBucket.DOCTORATE_OR_SPECIALIST_II),
    CHUYEN_KHOA_II("Chuyên khoa cấp II", "Specialist level II", DegreeBucket.DOCTORATE_OR_SPECIALIST_II),
    THAC_SI("Thạc sĩ", "Master's", DegreeBucket.MASTER_OR_SPECIALIST_I),
    CHUYEN_KHOA_I("Chuyên khoa cấp I", "Specialist level I", DegreeBucket.MASTER_OR_SPECIALIST_I),
    DAI_HOC("Đại học", "Bachelor's", DegreeBucket.BACHELOR_OR_COLLEGE),
    CAO_DANG("Cao đẳng", "College", DegreeBucket.BACHELOR_OR_COLLEGE),
    OTHER("Khác", "Other", DegreeBucket.OTHER);

    private final String labelVi;
    private final String labelEn;
    private final DegreeBucket bucket;

    Degree(String labelVi, String labelEn, DegreeBucket bucket) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.bucket = bucket;
    }

    public DegreeBucket bucket() {
        return bucket;
    }

    /** "Đội ngũ trí thức (trình độ từ cao đẳng trở lên)" — the definition Lào Cai's statistics use. */
    public boolean isIntellectual() {
        return compareTo(CAO_DANG) <= 0;
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
