package vn.lienhiep.review.common.domain;

import vn.lienhiep.kernel.DatePolicies;
import vn.lienhiep.kernel.DatePolicies.DateName;

/**
 * The date rules of every review sub-context, with review's two rule codes: a fact dated after today
 * ({@code review.date-in-future}) and a step dated before the step it follows ({@code review.date-before-previous}).
 * The names say which date a refusal is about, in Vietnamese and English.
 */
public final class ReviewDates {

    public static final DatePolicies DATES = new DatePolicies("review.date-in-future", "review.date-before-previous");

    public static final DateName RECEIVED = DateName.of("tiếp nhận", "received");
    public static final DateName PROPOSED = DateName.of("đề xuất", "proposal");
    public static final DateName REQUESTED_DEADLINE = DateName.of("cần kết quả", "requested deadline");
    public static final DateName DECISION = DateName.of("quyết định", "decision");
    public static final DateName DOSSIER_INCOMPLETE = DateName.of("yêu cầu bổ sung hồ sơ", "incomplete-dossier notice");
    public static final DateName DOSSIER_COMPLETED = DateName.of("nhận đủ hồ sơ", "completed-dossier");
    public static final DateName REPORT_DUE = DateName.of("hạn báo cáo", "report due");
    public static final DateName CONTRACT = DateName.of("ký hợp đồng", "contract");
    public static final DateName INVITATION = DateName.of("mời chuyên gia", "invitation");
    public static final DateName INVITATION_ACCEPTED = DateName.of("nhận lời mời", "acceptance");
    public static final DateName INVITATION_DECLINED = DateName.of("từ chối lời mời", "declining");
    public static final DateName DECLARATION = DateName.of("ký bản tự khai", "declaration");
    public static final DateName PANEL_FORMED = DateName.of("thành lập hội đồng", "panel formation");
    public static final DateName OPINION = DateName.of("gửi ý kiến", "opinion");
    public static final DateName WORKSHOP = DateName.of("hội thảo", "workshop");
    public static final DateName REPORT_SENT = DateName.of("gửi báo cáo", "report");
    public static final DateName RESPONSE = DateName.of("nhận ý kiến tiếp thu", "response");
    public static final DateName CLOSED = DateName.of("kết thúc", "closing");
    public static final DateName WITHDRAWN = DateName.of("rút đề nghị", "withdrawal");
    public static final DateName COST = DateName.of("phát sinh chi phí", "cost");
    public static final DateName EXPENSE = DateName.of("chi", "expense");

    private ReviewDates() {
    }
}
