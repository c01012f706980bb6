package vn.lienhiep.review.plan.projection;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.common.projection.ReviewHistory;
import vn.lienhiep.review.common.projection.ReviewHistory.Described;
import vn.lienhiep.review.plan.domain.PlanEvents;
import vn.lienhiep.review.plan.domain.PlanEvents.*;

/**
 * How a plan's events read in its history: what changed (Vietnamese, then English), when it took effect, under which
 * decision; who did it and when it was recorded come with each event ({@link ReviewHistory}, which reads the plan's
 * own stream).
 */
@Component
public class PlanHistory {

    private final ReviewHistory history;

    public PlanHistory(ReviewHistory history) {
        this.history = history;
    }

    /** Oldest first; empty if no such plan. */
    public List<ReviewHistory.Entry> of(String planId) {
        return history.of(planId, PlanEvents.class, PlanHistory::describe);
    }

    static Described describe(PlanEvents e) {
        if (e instanceof PlanDrafted p) {
            return new Described("Lập dự thảo kế hoạch TVPB năm " + p.year() + ": " + p.title(),
                                 "Drafted the " + p.year() + " review plan: " + p.title(), null, null);
        }
        if (e instanceof PlanItemAdded a) {
            return new Described("Thêm hoạt động \"" + a.title() + "\", dự toán " + vnd(a.estimateVnd()),
                                 "Added \"" + a.title() + "\", estimate " + vnd(a.estimateVnd()), null, null);
        }
        if (e instanceof PlanItemRemoved r) {
            return new Described("Bỏ hoạt động \"" + r.title() + "\"", "Removed \"" + r.title() + "\"", null, null);
        }
        if (e instanceof EngagementLinked l) {
            return new Described("Gắn hoạt động " + l.itemId() + " với nhiệm vụ " + l.engagementId(),
                                 "Linked item " + l.itemId() + " to engagement " + l.engagementId(), null, null);
        }
        if (e instanceof PlanSubmitted s) {
            return new Described("Trình UBND và Sở Tài chính, tổng dự toán " + vnd(s.estimateTotalVnd()),
                                 "Submitted to the People's Committee and the Department of Finance, estimate "
                                 + vnd(s.estimateTotalVnd()), s.submittedOn(), null);
        }
        if (e instanceof PlanApproved a) {
            return new Described("UBND phê duyệt kế hoạch, tổng dự toán " + vnd(a.estimateTotalVnd()),
                                 "Approved by the People's Committee, estimate " + vnd(a.estimateTotalVnd()),
                                 a.decision().date(), a.decision());
        }
        if (e instanceof PlanReturned r) {
            return new Described("UBND trả lại kế hoạch: " + r.reason(),
                                 "Returned by the People's Committee: " + r.reason(), r.returnedOn(), null);
        }
        PlanCostRecorded c = (PlanCostRecorded) e;
        String over = c.overEstimate() ? " (vượt dự toán)" : "";
        return new Described("Ghi nhận chi " + vnd(c.amountVnd()) + " cho hoạt động " + c.itemId() + ": "
                             + VietnameseText.clean(c.description()) + over,
                             "Recorded a cost of " + vnd(c.amountVnd()) + " for item " + c.itemId() + ": "
                             + c.description() + (c.overEstimate() ? " (over estimate)" : ""), c.incurredOn(), null);
    }

    private static String vnd(long amount) {
        return ReviewHistory.vnd(amount);
    }
}
