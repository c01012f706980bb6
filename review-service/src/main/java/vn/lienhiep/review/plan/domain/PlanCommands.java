package vn.lienhiep.review.plan.domain;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * Everything that can be asked of an annual review plan. {@code expectedVersion} (nullable) is the version the caller
 * last saw; a newer aggregate answers 409.
 */
public sealed interface PlanCommands {

    /** Kế hoạch TVPB năm: a new draft for {@code year}; one plan per year. */
    record DraftPlan(@TargetAggregateIdentifier String planId, int year, String title) implements PlanCommands {
    }

    /** @param engagementId optional: the engagement that will carry the item out, if it already exists or is known */
    record AddPlanItem(@TargetAggregateIdentifier String planId, String itemId, String title, SubjectType subjectType,
                       Set<ReviewForm> forms, long estimateVnd, String engagementId,
                       @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    record RemovePlanItem(@TargetAggregateIdentifier String planId, String itemId,
                          @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    /** Runs an item through an engagement; also after approval, which needs no new approval (seed 1). */
    record LinkEngagement(@TargetAggregateIdentifier String planId, String itemId, String engagementId,
                          @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    /** Trình UBND: the plan and its estimate go to the People's Committee (and the Department of Finance). */
    record SubmitPlan(@TargetAggregateIdentifier String planId,
                      @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    /** The People's Committee's approval decision; the estimate is frozen from then on. */
    record ApprovePlan(@TargetAggregateIdentifier String planId, DecisionRef decision,
                       @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    /** The People's Committee sends the plan back for changes. */
    record ReturnPlan(@TargetAggregateIdentifier String planId, String reason,
                      @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }

    /**
     * An actual expense against an item of the approved plan, named by its item or by the engagement linked to it
     * (exactly one of the two).
     */
    record RecordPlanCost(@TargetAggregateIdentifier String planId, String itemId, String engagementId, long amountVnd,
                          String description, LocalDate incurredOn,
                          @TargetAggregateVersion Long expectedVersion) implements PlanCommands {
    }
}
