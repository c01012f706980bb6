package vn.lienhiep.review.plan.projection;

import java.util.List;

/**
 * An annual review plan as clients read it. Money in VND.
 *
 * @param overEstimate the plan as a whole has cost more than its estimate
 */
public record PlanView(String id, long version, int year, String title, String status, List<Item> items,
                       long estimateTotalVnd, long actualTotalVnd, boolean overEstimate, String submittedOn,
                       Decision approval, Long approvedEstimateVnd, List<Return> returns, List<Cost> costs,
                       String createdAt, String updatedAt) {

    /** @param overEstimate this item has cost more than its estimate */
    public record Item(String itemId, String title, String subjectType, List<String> forms, long estimateVnd,
                       String engagementId, long actualVnd, boolean overEstimate) {
    }

    public record Cost(String itemId, String engagementId, long amountVnd, String description, String incurredOn,
                       boolean overEstimate, String recordedAt) {
    }

    public record Return(String reason, String on) {
    }

    public record Decision(String number, String date, String issuedBy, String signer) {
    }
}
