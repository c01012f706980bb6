package vn.lienhiep.review.plan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.plan.domain.PlanPolicies.PlanAct;
import vn.lienhiep.review.plan.domain.PlanCommands.*;
import vn.lienhiep.review.plan.domain.PlanEvents.*;

import static vn.lienhiep.review.plan.domain.PlanPolicies.*;

/**
 * The union's annual review plan and its estimate (kế hoạch TVPB năm, docs/domain/review.md#annual-review-plan): drafted by the union, approved
 * by the People's Committee, after which the union runs each listed activity without a new approval (docs/domain/README.md#source-son-la-2015)
 * and records what it actually cost against the frozen estimate. Each command handler takes its values through
 * {@code Inputs} (a malformed value is a 400 naming the field), enforces its act's rules ({@link PlanPolicies}) and
 * applies one event; only event-sourcing handlers change state.
 */
@AggregateRoot
public class AnnualReviewPlan {

    /** Plans are budget years: a plan for a year outside this range is a typing mistake. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @AggregateIdentifier
    private String planId;
    private int year;
    private PlanStatus status;
    private final Map<String, PlanItem> items = new LinkedHashMap<>();
    private final Map<String, Long> actualByItem = new HashMap<>();

    protected AnnualReviewPlan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(DraftPlan command, PlanRegistry registry) {
        if (command.year() < FIRST_YEAR || command.year() > LAST_YEAR) {
            throw new InvalidInput("year", "năm kế hoạch phải từ " + FIRST_YEAR + " đến " + LAST_YEAR,
                                   "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        String title = Inputs.text(command.title(), "title");
        registry.claimYear(command.year(), command.planId());
        AggregateLifecycle.apply(new PlanDrafted(command.planId(), command.year(), title));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(AddPlanItem command) {
        String itemId = Inputs.text(command.itemId(), "itemId");
        String title = Inputs.text(command.title(), "title");
        SubjectType subjectType = Inputs.required(command.subjectType(), "subjectType");
        Set<ReviewForm> forms = Inputs.nonEmpty(command.forms(), "forms");
        long estimate = Inputs.notNegative(command.estimateVnd(), "estimateVnd");
        String engagementId = Inputs.optionalText(command.engagementId());
        ADDING_ITEM.enforce(PlanAct.onItem(status, items, itemId, engagementId));
        AggregateLifecycle.apply(new PlanItemAdded(planId, itemId, title, subjectType, EnumSet.copyOf(forms), estimate,
                                                   engagementId));
        // The new item's id, so an idempotent retry (which replays this result) answers with the same item.
        return new Outcome(itemId, status.name(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(RemovePlanItem command) {
        REMOVING_ITEM.enforce(PlanAct.onItem(status, items, command.itemId(), null));
        PlanItem item = items.get(command.itemId());
        AggregateLifecycle.apply(new PlanItemRemoved(planId, item.itemId(), item.title(), item.estimateVnd()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(LinkEngagement command, PlanRegistry registry) {
        String engagementId = Inputs.text(command.engagementId(), "engagementId");
        LINKING.enforce(PlanAct.onItem(status, items, command.itemId(), engagementId));
        PlanItem item = items.get(command.itemId());
        if (engagementId.equals(item.engagementId())) {
            return outcome(); // already so: nothing happened
        }
        if (status == PlanStatus.APPROVED) {
            registry.link(year, planId, item.itemId(), engagementId);
        }
        AggregateLifecycle.apply(new EngagementLinked(planId, year, item.itemId(), engagementId, item.engagementId()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(SubmitPlan command, Clock clock) {
        SUBMITTING.enforce(PlanAct.onItem(status, items, null, null));
        AggregateLifecycle.apply(new PlanSubmitted(planId, year, estimateTotal(), Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ApprovePlan command, PlanRegistry registry, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        APPROVING.enforce(PlanAct.decided(status, decision, Clocks.today(clock)));
        Map<String, String> links = new LinkedHashMap<>();
        items.values().stream().filter(i -> i.engagementId() != null)
             .forEach(i -> links.put(i.itemId(), i.engagementId()));
        registry.approve(year, planId, links);
        AggregateLifecycle.apply(new PlanApproved(planId, year, decision, estimateTotal()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ReturnPlan command, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        RETURNING.enforce(PlanAct.onItem(status, items, null, null));
        AggregateLifecycle.apply(new PlanReturned(planId, reason, Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordPlanCost command, Clock clock) {
        String itemId = Inputs.optionalText(command.itemId());
        String engagementId = Inputs.optionalText(command.engagementId());
        if ((itemId == null) == (engagementId == null)) {
            throw new InvalidInput("itemId", "nêu hoạt động hoặc nhiệm vụ được tính chi phí, chỉ một trong hai",
                                   "name either the item or the engagement the cost belongs to, not both");
        }
        long amount = Inputs.positive(command.amountVnd(), "amountVnd");
        String description = Inputs.text(command.description(), "description");
        LocalDate incurredOn = Inputs.required(command.incurredOn(), "incurredOn");
        COSTING.enforce(new PlanAct(status, items, itemId, engagementId, null, incurredOn, Clocks.today(clock)));
        PlanItem item = itemId != null ? items.get(itemId)
                : items.values().stream().filter(i -> engagementId.equals(i.engagementId())).findFirst().orElseThrow();
        long actual = actualByItem.getOrDefault(item.itemId(), 0L) + amount;
        AggregateLifecycle.apply(new PlanCostRecorded(planId, item.itemId(), item.engagementId(), amount, description,
                                                      incurredOn, item.estimateVnd(), actual,
                                                      actual > item.estimateVnd()));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(PlanDrafted event) {
        planId = event.planId();
        year = event.year();
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanItemAdded event) {
        items.put(event.itemId(), new PlanItem(event.itemId(), event.title(), event.subjectType(), event.forms(),
                                               event.estimateVnd(), event.engagementId()));
    }

    @EventSourcingHandler
    void on(PlanItemRemoved event) {
        items.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(EngagementLinked event) {
        items.computeIfPresent(event.itemId(), (id, item) -> item.linkedTo(event.engagementId()));
    }

    @EventSourcingHandler
    void on(PlanSubmitted event) {
        status = PlanStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(PlanApproved event) {
        status = PlanStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PlanReturned event) {
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanCostRecorded event) {
        actualByItem.put(event.itemId(), event.itemActualVnd());
    }

    private long estimateTotal() {
        return items.values().stream().mapToLong(PlanItem::estimateVnd).sum();
    }

    /** The state after the command: the events applied above have already run through the handlers. */
    private Outcome outcome() {
        return new Outcome(planId, status.name(), AggregateLifecycle.getVersion());
    }
}
