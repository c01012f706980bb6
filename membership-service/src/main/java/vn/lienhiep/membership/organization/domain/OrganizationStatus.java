package vn.lienhiep.membership.organization.domain;

import vn.lienhiep.kernel.Labelled;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organisation stands (docs/domain/membership.md#organisation-lifecycle). Admission is append-only: every change is an event, and history
 * is never deleted.
 */
public enum OrganizationStatus implements Labelled {
    SUBMITTED("Đã nộp hồ sơ", "Submitted"),
    INCOMPLETE("Hồ sơ cần bổ sung", "Incomplete"),
    UNDER_REVIEW("Đang xem xét", "Under review"),
    RECOMMENDED("Đã được BTV đề nghị", "Recommended"),
    ACTIVE("Đang hoạt động", "Active member"),
    REJECTED("Không được kết nạp", "Rejected"),
    SUSPENDED("Tạm đình chỉ", "Suspended"),
    WITHDRAWN("Đã rút khỏi Liên hiệp", "Withdrawn"),
    EXPELLED("Bị khai trừ", "Expelled"),
    DISSOLVED("Đã giải thể", "Dissolved");

    private final String labelVi;
    private final String labelEn;

    OrganizationStatus(String labelVi, String labelEn) {
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

    /** Was admitted at some point: member counts may be reported for it. */
    public static final Set<OrganizationStatus> ADMITTED_ONCE = EnumSet.of(ACTIVE, SUSPENDED, WITHDRAWN, EXPELLED, DISSOLVED);
    /** No further transition. */
    public static final Set<OrganizationStatus> FINAL = EnumSet.of(REJECTED, WITHDRAWN, EXPELLED, DISSOLVED);

    /** A member of the union (suspended members remain members, without their rights). */
    public boolean isMember() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
