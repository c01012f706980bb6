package vn.lienhiep.membership.common.domain;

import vn.lienhiep.kernel.DatePolicies;
import vn.lienhiep.kernel.DatePolicies.DateName;

/**
 * Membership's one instance of the kernel's date rules, with membership's rule codes (clients and tests match on
 * them), and the names of the dates its sub-contexts judge, so a refusal says which date is wrong.
 */
public final class MembershipDates {

    public static final DatePolicies DATES = new DatePolicies("membership.date-in-future",
                                                              "membership.decision.date-before-previous");

    public static final DateName DECISION = DateName.of("quyết định", "decision");
    public static final DateName EFFECTIVE = DateName.of("hiệu lực", "effective");
    public static final DateName APPLICATION_DATE = DateName.of("nộp hồ sơ", "application");
    public static final DateName ACTION = DateName.of("thực hiện", "action");
    public static final DateName REPORT = DateName.of("báo cáo", "report");
    public static final DateName BIRTH = DateName.of("sinh", "birth");
    public static final DateName MEMBERSHIP_START_DATE = DateName.of("bắt đầu", "start");
    public static final DateName MEMBERSHIP_END_DATE = DateName.of("kết thúc", "end");
    public static final DateName PREVIOUS_STEP = DateName.of("của bước trước", "previous step");

    private MembershipDates() {
    }
}
