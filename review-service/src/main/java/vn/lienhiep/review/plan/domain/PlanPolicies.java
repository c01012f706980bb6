package vn.lienhiep.review.plan.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * The named rules of the annual review plan (docs/domain/review.md#annual-review-plan). Each returns a refusal with a stable rule
 * code (answered as 422), a Vietnamese and an English message.
 */
public final class PlanPolicies {

    private PlanPolicies() {
    }

    /** Items are added and removed while the union drafts; the approved estimate is what UBND signed. */
    public static Policy<PlanStatus> itemsEditable() {
        return status -> switch (status) {
            case DRAFT -> Policy.allow();
            case APPROVED -> Optional.of(Rejection.of("review.plan.approved-frozen",
                    "Kế hoạch đã được UBND phê duyệt; dự toán không thể thay đổi. Các hoạt động được triển khai trong "
                    + "phạm vi kế hoạch đã duyệt.",
                    "The plan is approved by the People's Committee; its estimate is frozen. Run activities within "
                    + "the approved plan.").with("status", status.name()));
            case SUBMITTED -> Optional.of(notDraft(status));
        };
    }

    public static Policy<PlanStatus> isDraft() {
        return status -> status == PlanStatus.DRAFT ? Policy.allow() : Optional.of(notDraft(status));
    }

    public static Policy<PlanStatus> isSubmitted() {
        return status -> status == PlanStatus.SUBMITTED ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.not-submitted",
                             "Chỉ phê duyệt hoặc trả lại kế hoạch đã trình UBND (trạng thái hiện tại: "
                             + status.labelVi() + ").",
                             "Only a plan submitted to the People's Committee can be approved or returned (it is "
                             + status.labelEn().toLowerCase() + ").").with("status", status.name()));
    }

    public static Policy<PlanStatus> isApproved() {
        return status -> status == PlanStatus.APPROVED ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.not-approved",
                             "Chỉ ghi nhận chi phí cho kế hoạch đã được UBND phê duyệt.",
                             "Costs are recorded only against a plan approved by the People's Committee.")
                         .with("status", status.name()));
    }

    public static Policy<Map<String, PlanItem>> notEmpty() {
        return items -> !items.isEmpty() ? Policy.allow()
                : Policy.reject("review.plan.empty", "Kế hoạch chưa có hoạt động nào; không thể trình.",
                                "The plan lists no activity; it cannot be submitted.");
    }

    public static Policy<Map<String, PlanItem>> newItem(String itemId) {
        return items -> !items.containsKey(itemId) ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.item-exists", "Kế hoạch đã có hoạt động mã " + itemId + ".",
                             "The plan already has an item " + itemId + ".").with("itemId", itemId));
    }

    public static Policy<Map<String, PlanItem>> knownItem(String itemId) {
        return items -> items.containsKey(itemId) ? Policy.allow() : Optional.of(itemUnknown(itemId));
    }

    /** One engagement carries out one item: two items may not count the same engagement's cost. */
    public static Policy<Map<String, PlanItem>> engagementFree(String engagementId, String itemId) {
        return items -> items.values().stream()
                .filter(i -> engagementId.equals(i.engagementId()) && !i.itemId().equals(itemId))
                .findFirst()
                .map(other -> Rejection.of("review.plan.engagement-already-linked",
                                           "Nhiệm vụ TVPB này đã gắn với hoạt động \"" + other.title() + "\" của kế hoạch.",
                                           "This engagement is already linked to the item \"" + other.title() + "\".")
                                       .with("engagementId", engagementId).with("itemId", other.itemId()));
    }

    /** Once approved, an item's engagement is what UBND's plan covers; pointing it elsewhere would move the money. */
    public static Policy<PlanItem> relinkAllowed(PlanStatus status, String engagementId) {
        return item -> status != PlanStatus.APPROVED || item.engagementId() == null
                       || item.engagementId().equals(engagementId) ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.item-already-linked",
                             "Hoạt động đã gắn với nhiệm vụ " + item.engagementId()
                             + "; kế hoạch đã duyệt không cho đổi sang nhiệm vụ khác.",
                             "The item is already run by engagement " + item.engagementId()
                             + "; an approved plan cannot move it to another engagement.")
                         .with("itemId", item.itemId()).with("engagementId", item.engagementId()));
    }

    /** The plan is approved by the People's Committee (UBND), whatever else the union's leadership decides. */
    public static Policy<DecisionRef> issuedByPeoplesCommittee() {
        return decision -> DecisionBody.UBND_TINH.name().equals(decision.issuedBy()) ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.approval-authority",
                             "Kế hoạch TVPB năm do UBND tỉnh phê duyệt; quyết định này do \"" + label(decision.issuedBy())
                             + "\" ban hành.",
                             "The annual plan is approved by the People's Committee (UBND); this decision was "
                             + "issued by \"" + decision.issuedBy() + "\".").with("issuedBy", decision.issuedBy()));
    }

    private static String label(String code) {
        try {
            return DecisionBody.of(code).labelVi();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }


    public static Policy<LocalDate> notInFuture(LocalDate today, String what) {
        return date -> !date.isAfter(today) ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.date-in-future", "Ngày " + what.split(" / ")[0] + " không được ở tương lai.",
                             "The " + what.substring(what.indexOf(" / ") + 3) + " date cannot be in the future.")
                         .with("date", date.toString()).with("today", today.toString()));
    }

    public static Policy<Long> positiveAmount() {
        return amount -> amount > 0 ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.cost-not-positive", "Số tiền chi phải lớn hơn 0.",
                             "A cost must be more than 0 VND.").with("amountVnd", amount));
    }

    static Rejection itemUnknown(String itemId) {
        return Rejection.of("review.plan.item-unknown", "Kế hoạch không có hoạt động mã " + itemId + ".",
                            "The plan has no item " + itemId + ".").with("itemId", itemId);
    }

    static Rejection engagementNotInPlan(String engagementId) {
        return Rejection.of("review.plan.engagement-not-in-plan",
                            "Nhiệm vụ " + engagementId + " không gắn với hoạt động nào của kế hoạch.",
                            "Engagement " + engagementId + " is not linked to any item of the plan.")
                        .with("engagementId", engagementId);
    }

    private static Rejection notDraft(PlanStatus status) {
        return Rejection.of("review.plan.not-draft",
                            "Chỉ sửa hoặc trình kế hoạch ở trạng thái dự thảo (hiện tại: " + status.labelVi() + ").",
                            "Only a draft plan can be changed or submitted (it is " + status.labelEn().toLowerCase()
                            + ").").with("status", status.name());
    }
}
