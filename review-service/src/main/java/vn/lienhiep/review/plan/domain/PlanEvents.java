package vn.lienhiep.review.plan.domain;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.serialization.Revision;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;

/** What happened to an annual review plan. Money in VND. */
public sealed interface PlanEvents {

    String planId();

    @Revision("1")
    record PlanDrafted(String planId, int year, String title) implements PlanEvents {
    }

    @Revision("1")
    record PlanItemAdded(String planId, String itemId, String title, SubjectType subjectType, Set<ReviewForm> forms,
                         long estimateVnd, String engagementId) implements PlanEvents {
    }

    @Revision("1")
    record PlanItemRemoved(String planId, String itemId, String title, long estimateVnd) implements PlanEvents {
    }

    /** @param previousEngagementId the engagement the item was linked to before (a draft may change it), or null */
    @Revision("1")
    record EngagementLinked(String planId, int year, String itemId, String engagementId, String previousEngagementId)
            implements PlanEvents {
    }

    @Revision("1")
    record PlanSubmitted(String planId, int year, long estimateTotalVnd, LocalDate submittedOn) implements PlanEvents {
    }

    @Revision("1")
    record PlanApproved(String planId, int year, DecisionRef decision, long estimateTotalVnd) implements PlanEvents {
    }

    @Revision("1")
    record PlanReturned(String planId, String reason, LocalDate returnedOn) implements PlanEvents {
    }

    /**
     * @param itemActualVnd what the item has cost so far, this expense included
     * @param overEstimate  the item now costs more than its estimate: allowed, but the finance department will ask
     */
    @Revision("1")
    record PlanCostRecorded(String planId, String itemId, String engagementId, long amountVnd, String description,
                            LocalDate incurredOn, long itemEstimateVnd, long itemActualVnd, boolean overEstimate)
            implements PlanEvents {
    }
}
