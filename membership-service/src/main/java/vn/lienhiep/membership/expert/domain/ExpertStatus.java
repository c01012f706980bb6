package vn.lienhiep.membership.expert.domain;

/** The states of an expert profile (docs/domain/membership.md#expert-profile-lifecycle). */
public enum ExpertStatus {
    PENDING_VERIFICATION("Chờ xác minh", "Pending verification"),
    ACTIVE("Đang hoạt động", "Active"),
    REJECTED("Không được chấp nhận", "Rejected"),
    INACTIVE("Ngừng hoạt động", "Inactive");

    private final String labelVi;
    private final String labelEn;

    ExpertStatus(String labelVi, String labelEn) {
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
