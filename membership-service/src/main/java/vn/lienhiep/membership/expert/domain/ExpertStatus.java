package vn.lienhiep.membership.expert.domain;

import vn.lienhiep.kernel.Labelled;

/** The states of an expert profile (docs/domain/membership.md#expert-profile-lifecycle). */
public enum ExpertStatus implements Labelled {
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

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
