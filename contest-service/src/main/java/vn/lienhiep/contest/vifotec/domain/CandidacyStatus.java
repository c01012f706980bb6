package vn.lienhiep.contest.vifotec.domain;

import vn.lienhiep.kernel.Labelled;

/** Where a VIFOTEC candidacy stands: the province promotes, pre-screens and forwards; the national fund decides. */
public enum CandidacyStatus implements Labelled {
    IDENTIFIED("Đã xác định công trình", "Identified"),
    DOSSIER_PREPARED("Tác giả đã hoàn thiện hồ sơ", "Dossier prepared"),
    PRESCREENED("Đã thẩm định sơ bộ", "Pre-screened"),
    FORWARDED("Đã gửi Quỹ VIFOTEC", "Forwarded"),
    RESULT_RECORDED("Đã có kết quả", "Result recorded");

    private final String labelVi;
    private final String labelEn;

    CandidacyStatus(String labelVi, String labelEn) {
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
