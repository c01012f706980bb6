package vn.lienhiep.review.plan.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.review.common.domain.ReviewDates;

/**
 * The named rules of the annual review plan (docs/domain/review.md#plan-rules), one list per act. Each refusal has a
 * stable rule code (answered as 422), a Vietnamese and an English message; a malformed value (a blank title, a cost
 * of 0 VND) is not a rule but {@code InvalidInput}, refused by the aggregate before these run.
 */
public final class PlanPolicies {

    /**
     * What the plan's rules see of one act: the plan's state, the item and engagement the act names, the decision it
     * records and the date it gives. Fields an act does not use are null.
     */
    public record PlanAct(PlanStatus status, Map<String, PlanItem> items, String itemId, String engagementId,
                          DecisionRef decision, LocalDate date, LocalDate today) {

        static PlanAct onItem(PlanStatus status, Map<String, PlanItem> items, String itemId, String engagementId) {
            return new PlanAct(status, items, itemId, engagementId, null, null, null);
        }

        static PlanAct decided(PlanStatus status, DecisionRef decision, LocalDate today) {
            return new PlanAct(status, Map.of(), null, null, decision, decision.date(), today);
        }

        PlanItem item() {
            return items.get(itemId);
        }
    }

    /** Items are added and removed while the union drafts; the approved estimate is what UBND signed. */
    static final Policy<PlanAct> ITEMS_EDITABLE = act -> switch (act.status()) {
        case DRAFT -> Policy.allow();
        case APPROVED -> Optional.of(Rejection.of("review.plan.approved-frozen",
                "Kế hoạch đã được UBND phê duyệt; dự toán không thể thay đổi. Các hoạt động được triển khai trong "
                + "phạm vi kế hoạch đã duyệt.",
                "The plan is approved by the People's Committee; its estimate is frozen. Run activities within "
                + "the approved plan.").with("status", act.status().name()));
        case SUBMITTED -> Optional.of(notDraft(act.status()));
    };

    static final Policy<PlanAct> IS_DRAFT = act -> act.status() == PlanStatus.DRAFT ? Policy.allow()
            : Optional.of(notDraft(act.status()));

    static final Policy<PlanAct> IS_SUBMITTED = act -> act.status() == PlanStatus.SUBMITTED ? Policy.allow()
            : Optional.of(Rejection.of("review.plan.not-submitted",
                    "Chỉ phê duyệt hoặc trả lại kế hoạch đã trình UBND (trạng thái hiện tại: "
                    + act.status().labelVi() + ").",
                    "Only a plan submitted to the People's Committee can be approved or returned (it is "
                    + act.status().labelEn().toLowerCase() + ").").with("status", act.status().name()));

    static final Policy<PlanAct> IS_APPROVED = act -> act.status() == PlanStatus.APPROVED ? Policy.allow()
            : Optional.of(Rejection.of("review.plan.not-approved",
                    "Chỉ ghi nhận chi phí cho kế hoạch đã được UBND phê duyệt.",
                    "Costs are recorded only against a plan approved by the People's Committee.")
                                   .with("status", act.status().name()));

    static final Policy<PlanAct> HAS_ITEMS = act -> !act.items().isEmpty() ? Policy.allow()
            : Policy.reject("review.plan.empty", "Kế hoạch chưa có hoạt động nào; không thể trình.",
                            "The plan lists no activity; it cannot be submitted.");

    static final Policy<PlanAct> NEW_ITEM = act -> !act.items().containsKey(act.itemId()) ? Policy.allow()
            : Optional.of(Rejection.of("review.plan.item-exists", "Kế hoạch đã có hoạt động mã " + act.itemId() + ".",
                                       "The plan already has an item " + act.itemId() + ".")
                                   .with("itemId", act.itemId()));

    static final Policy<PlanAct> KNOWN_ITEM = act -> act.items().containsKey(act.itemId()) ? Policy.allow()
            : Optional.of(itemUnknown(act.itemId()));

    /** One engagement carries out one item: two items may not count the same engagement's cost. */
    static final Policy<PlanAct> ENGAGEMENT_FREE = act -> act.engagementId() == null ? Policy.allow()
            : act.items().values().stream()
                 .filter(i -> act.engagementId().equals(i.engagementId()) && !i.itemId().equals(act.itemId()))
                 .findFirst()
                 .map(other -> Rejection.of("review.plan.engagement-already-linked",
                         "Nhiệm vụ TVPB này đã gắn với hoạt động \"" + other.title() + "\" của kế hoạch.",
                         "This engagement is already linked to the item \"" + other.title() + "\".")
                                        .with("engagementId", act.engagementId()).with("itemId", other.itemId()));

    /** Once approved, an item's engagement is what UBND's plan covers; pointing it elsewhere would move the money. */
    static final Policy<PlanAct> RELINK_ALLOWED = act -> {
        PlanItem item = act.item();
        return act.status() != PlanStatus.APPROVED || item.engagementId() == null
               || item.engagementId().equals(act.engagementId()) ? Policy.allow() : Optional.of(
                Rejection.of("review.plan.item-already-linked",
                             "Hoạt động đã gắn với nhiệm vụ " + item.engagementId()
                             + "; kế hoạch đã duyệt không cho đổi sang nhiệm vụ khác.",
                             "The item is already run by engagement " + item.engagementId()
                             + "; an approved plan cannot move it to another engagement.")
                         .with("itemId", item.itemId()).with("engagementId", item.engagementId()));
    };

    /** The plan is approved by the People's Committee (UBND), whatever else the union's leadership decides. */
    static final Policy<PlanAct> BY_PEOPLES_COMMITTEE = act ->
            DecisionBody.UBND_TINH.name().equals(act.decision().issuedBy()) ? Policy.allow() : Optional.of(
                    Rejection.of("review.plan.approval-authority",
                                 "Kế hoạch TVPB năm do UBND tỉnh phê duyệt; quyết định này do \""
                                 + label(act.decision().issuedBy()) + "\" ban hành.",
                                 "The annual plan is approved by the People's Committee (UBND); this decision was "
                                 + "issued by \"" + act.decision().issuedBy() + "\".")
                             .with("issuedBy", act.decision().issuedBy()));

    static final Policy<PlanAct> DECIDED_NOT_IN_FUTURE = act ->
            ReviewDates.DATES.notInFuture(act.today(), ReviewDates.DECISION).check(act.date());

    static final Policy<PlanAct> SPENT_NOT_IN_FUTURE = act ->
            ReviewDates.DATES.notInFuture(act.today(), ReviewDates.EXPENSE).check(act.date());

    /** A cost names an item of the plan, or an engagement linked to one. */
    static final Policy<PlanAct> CHARGED_TO_THE_PLAN = act -> {
        if (act.itemId() != null) {
            return act.items().containsKey(act.itemId()) ? Policy.allow() : Optional.of(itemUnknown(act.itemId()));
        }
        return act.items().values().stream().anyMatch(i -> act.engagementId().equals(i.engagementId()))
                ? Policy.allow() : Optional.of(engagementNotInPlan(act.engagementId()));
    };

    /** PLAN-2: an item is added to a draft, under an id of its own, by an engagement no other item runs. */
    public static final Policy<PlanAct> ADDING_ITEM = Policy.allOf(ITEMS_EDITABLE, NEW_ITEM, ENGAGEMENT_FREE);
    /** PLAN-2: an item of the plan is removed from a draft. */
    public static final Policy<PlanAct> REMOVING_ITEM = Policy.allOf(ITEMS_EDITABLE, KNOWN_ITEM);
    /** PLAN-3: an item is run by an engagement no other item runs; an approved item keeps its engagement. */
    public static final Policy<PlanAct> LINKING = Policy.allOf(KNOWN_ITEM, RELINK_ALLOWED, ENGAGEMENT_FREE);
    /** PLAN-4: a draft with at least one item goes to the People's Committee. */
    public static final Policy<PlanAct> SUBMITTING = Policy.allOf(IS_DRAFT, HAS_ITEMS);
    /** PLAN-5: the People's Committee decides (approves or returns) only a plan submitted to it. */
    public static final Policy<PlanAct> AWAITING_DECISION = IS_SUBMITTED;
    /** PLAN-5: a submitted plan is approved by a decision of UBND tỉnh, not dated in the future. */
    public static final Policy<PlanAct> APPROVING = Policy.allOf(AWAITING_DECISION, BY_PEOPLES_COMMITTEE,
                                                                 DECIDED_NOT_IN_FUTURE);
    /** PLAN-5: only a submitted plan is returned. */
    public static final Policy<PlanAct> RETURNING = AWAITING_DECISION;
    /** PLAN-6: an expense of an approved plan, not dated in the future, charged to one of its items. */
    public static final Policy<PlanAct> COSTING = Policy.allOf(IS_APPROVED, SPENT_NOT_IN_FUTURE, CHARGED_TO_THE_PLAN);

    private PlanPolicies() {
    }

    private static String label(String code) {
        return java.util.Arrays.stream(DecisionBody.values()).filter(b -> b.name().equals(code)).findFirst()
                               .map(DecisionBody::labelVi).orElse(code);
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
