package vn.lienhiep.review.common.domain;

/**
 * Which annual review plans the People's Committee has approved, and what they contain: state-funded engagements
 * must belong to an approved plan (docs/domain/review.md#rev-9).
 */
public interface ApprovedPlans {

    /** Whether the plan for {@code year} is approved and lists the engagement. */
    boolean includes(int year, String engagementId);
}
