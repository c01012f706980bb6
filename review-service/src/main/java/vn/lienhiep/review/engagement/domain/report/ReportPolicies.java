package vn.lienhiep.review.engagement.domain.report;

import java.time.LocalDate;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;

import static vn.lienhiep.review.common.domain.ReviewDates.*;

/**
 * The report's rules (docs/domain/review.md#rev-3, #rev-6): only an existing draft goes to the leadership, and the
 * signed report is sent by a decision dated by today. That a sent report never changes is the lifecycle's rule
 * ({@code review.report.already-sent}).
 */
public final class ReportPolicies {

    private ReportPolicies() {
    }

    /** What the rule of submitting a draft sees: the latest draft's version, 0 when there is none. */
    public record Submission(int latestVersion) {
    }

    /** REV-6: there is a draft to submit. */
    public static final Policy<Submission> SUBMITTING = s -> s.latestVersion() > 0 ? Policy.allow()
            : Policy.reject("review.report.no-draft", "Chưa có dự thảo báo cáo.", "There is no draft report yet.");

    /** What the rules of signing and sending see. */
    public record Signing(DecisionRef decision, LocalDate sentOn, LocalDate today) {
    }

    /** REV-14: the leadership's decision and the sending are dated by today. */
    public static final Policy<Signing> SENDING = Policy.allOf(
            s -> DATES.notInFuture(s.today(), DECISION).check(s.decision().date()),
            s -> DATES.notInFuture(s.today(), REPORT_SENT).check(s.sentOn()));
}
