package vn.lienhiep.contest.common.domain;

import vn.lienhiep.kernel.DatePolicies;
import vn.lienhiep.kernel.DatePolicies.DateName;

/**
 * The date rules of every contest sub-context, with the contest's two rule codes: a fact dated after today
 * ({@code contest.date-in-future}) and a step dated before the step it follows ({@code contest.date-before-previous}).
 */
public final class ContestDates {

    public static final DatePolicies DATES = new DatePolicies("contest.date-in-future", "contest.date-before-previous");

    public static final DateName DECISION = DateName.of("quyết định", "decision");
    public static final DateName LAUNCH = DateName.of("phát động", "launch");
    public static final DateName SUBMISSION = DateName.of("nộp hồ sơ", "submission");
    public static final DateName POSTMARK = DateName.of("dấu bưu điện", "postmark");
    public static final DateName CEREMONY = DateName.of("lễ trao giải", "ceremony");
    public static final DateName NOMINATION = DateName.of("gửi dự thi toàn quốc", "national nomination");

    private ContestDates() {
    }
}
