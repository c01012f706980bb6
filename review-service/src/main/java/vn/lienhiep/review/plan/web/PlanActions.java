package vn.lienhiep.review.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.AvailableActions;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.review.plan.domain.PlanItem;
import vn.lienhiep.review.plan.domain.PlanPolicies;
import vn.lienhiep.review.plan.domain.PlanPolicies.PlanAct;
import vn.lienhiep.review.plan.domain.PlanStatus;
import vn.lienhiep.review.plan.projection.PlanView;

/**
 * What a caller may do to one annual plan now ({@code GET /api/review/plans/{id}/actions}): each act whose named
 * policy ({@link PlanPolicies}) the plan passes as it stands — per item for the acts on one item — kept where review's
 * access table lets the caller call it ({@link AvailableActions}). An act whose remaining rules look at what the user
 * will enter (the decision's body and date, the cost's date) is asked with the plan's part only. Names are the
 * endpoints below the plan (docs/domain/review.md#available-actions); removing an item is offered as its POST
 * {@code items/{itemId}/removal} (the DELETE of the item is the same act).
 */
@Component
public class PlanActions {

    /** An item id no plan holds, to ask whether a new item may be added. */
    private static final String NEW_ITEM = "\u0000new";

    private final AvailableActions actions;
    private final Clock clock;

    public PlanActions(AvailableActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    ActionsView of(Caller caller, PlanView view) {
        PlanStatus status = PlanStatus.valueOf(view.status());
        LocalDate today = Clocks.today(clock);
        Map<String, PlanItem> items = new LinkedHashMap<>();
        for (PlanView.Item item : view.items()) {
            items.put(item.itemId(), new PlanItem(item.itemId(), item.title(), null, Set.of(), item.estimateVnd(),
                                                  item.engagementId()));
        }
        AvailableActions.Offer offer = actions.on(caller, PlanController.PATH + "/" + view.id());
        offer.post("items", allows(PlanPolicies.ADDING_ITEM, new PlanAct(status, items, NEW_ITEM, null, null, null,
                                                                          today)));
        for (String itemId : items.keySet()) {
            Map<String, String> item = Map.of("itemId", itemId);
            PlanAct onItem = new PlanAct(status, items, itemId, null, null, null, today);
            offer.post("items/{itemId}/removal", item, allows(PlanPolicies.REMOVING_ITEM, onItem));
            offer.post("items/{itemId}/engagement", item, allows(PlanPolicies.LINKING, onItem));
        }
        PlanAct plan = new PlanAct(status, items, null, null, null, null, today);
        offer.post("submission", allows(PlanPolicies.SUBMITTING, plan))
             .post("approval", allows(PlanPolicies.AWAITING_DECISION, plan))
             .post("return", allows(PlanPolicies.RETURNING, plan))
             // charged to one of its items, today
             .post("costs", items.keySet().stream().findFirst().map(first -> allows(PlanPolicies.COSTING,
                     new PlanAct(status, items, first, null, null, today, today))).orElse(false));
        return offer.view();
    }

    private static boolean allows(Policy<PlanAct> policy, PlanAct act) {
        return policy.check(act).isEmpty();
    }
}
