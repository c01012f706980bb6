package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.Labelled;

/**
 * The three programmes a provincial union runs or promotes; they share one edition → entry → judging → prizes →
 * upward nomination core, parameterised by type.
 */
public enum ContestType implements Labelled {
    /** Hội thi Sáng tạo kỹ thuật: applied technical solutions of workers, engineers, farmers and organisations. */
    TECH_INNOVATION("Hội thi Sáng tạo kỹ thuật", "Technical innovation contest"),
    /** Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng: models and products of pupils aged about 6 to 18. */
    YOUTH_CREATIVITY("Cuộc thi Sáng tạo Thanh thiếu niên, Nhi đồng", "Youth and children creativity contest"),
    /** Giải thưởng Sáng tạo KH&amp;CN Việt Nam: the province promotes, pre-screens and forwards candidacies. */
    VIFOTEC_AWARD("Giải thưởng Sáng tạo Khoa học và Công nghệ Việt Nam (VIFOTEC)", "VIFOTEC award");

    private final String labelVi;
    private final String labelEn;

    ContestType(String labelVi, String labelEn) {
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
