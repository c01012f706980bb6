package vn.lienhiep.review.engagement.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.kernel.Labelled;

/** Where a request and the engagement it becomes stand (docs/domain/review.md#engagement-lifecycle); the names are docs/domain/review.md#engagement-lifecycle. */
public enum EngagementStatus implements Labelled {
    PROPOSED("Đã đề xuất, chờ cơ quan có thẩm quyền đồng ý", "Proposed"),
    RECEIVED("Đã tiếp nhận", "Received"),
    INCOMPLETE("Hồ sơ cần bổ sung", "Incomplete dossier"),
    ACCEPTED("Đã nhận thực hiện", "Accepted"),
    DECLINED("Từ chối thực hiện", "Declined"),
    PLANNED("Đã lập kế hoạch", "Planned"),
    PANEL_FORMING("Đang thành lập hội đồng, tổ chuyên gia", "Panel forming"),
    IN_PROGRESS("Đang tư vấn, phản biện", "In progress"),
    DRAFTING("Đang dự thảo báo cáo", "Drafting the report"),
    INTERNAL_APPROVAL("Chờ lãnh đạo duyệt báo cáo", "Awaiting internal approval"),
    REPORT_SENT("Đã gửi báo cáo", "Report sent"),
    RESPONSE_RECEIVED("Đã nhận ý kiến tiếp thu, giải trình", "Response received"),
    CLOSED("Đã kết thúc", "Closed"),
    CANCELLED("Đã hủy", "Cancelled");

    /** No command changes these any more (publishing a closed engagement's outcome aside). */
    public static final Set<EngagementStatus> TERMINAL = EnumSet.of(DECLINED, CLOSED, CANCELLED);

    private final String labelVi;
    private final String labelEn;

    EngagementStatus(String labelVi, String labelEn) {
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

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }
}
