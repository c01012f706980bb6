package vn.lienhiep.contest.entry.domain;

import vn.lienhiep.kernel.Labelled;

/** Evidence that a solution was applied ("đã áp dụng"). */
public enum EvidenceType implements Labelled {
    CONFIRMATION_BY_APPLYING_UNIT("Xác nhận của đơn vị áp dụng", "Confirmation by the applying unit"),
    ACCEPTANCE_MINUTES("Biên bản nghiệm thu", "Acceptance minutes"),
    BENEFIT_CALCULATION("Tính giá trị làm lợi", "Benefit calculation"),
    RECOGNITION_DECISION("Quyết định công nhận sáng kiến", "Recognition decision"),
    PATENT("Văn bằng bảo hộ", "Patent");

    private final String labelVi;
    private final String labelEn;

    EvidenceType(String labelVi, String labelEn) {
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
