package vn.lienhiep.review.plan.domain;

import java.util.Map;

/**
 * What other aggregates must know about plans, kept in the event store's database and written in the SAME transaction
 * as the plan's events (set-based validation, like membership's organisation names): one plan per year, and which
 * engagements an approved plan covers. A refused claim rolls the command back.
 */
public interface PlanRegistry {

    /**
     * Reserves {@code year} for {@code planId}; re-claiming one's own year is a no-op.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation {@code review.plan.year-taken}
     */
    void claimYear(int year, String planId);

    /** The People's Committee approved the plan: from now on it covers these engagements (item id → engagement id). */
    void approve(int year, String planId, Map<String, String> engagementsByItem);

    /** An engagement linked to an item of an APPROVED plan: covered at once, without a new approval (seed 1). */
    void link(int year, String planId, String itemId, String engagementId);
}
