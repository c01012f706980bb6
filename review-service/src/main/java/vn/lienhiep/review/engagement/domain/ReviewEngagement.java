package vn.lienhiep.review.engagement.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.ReviewRules;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.domain.EngagementPolicies.*;
import vn.lienhiep.review.engagement.domain.panel.Panel;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Parties;
import vn.lienhiep.review.engagement.domain.report.Report;
import vn.lienhiep.review.engagement.domain.response.Response;

import static vn.lienhiep.review.engagement.domain.EngagementPolicies.*;

/**
 * A review request and the engagement it becomes (nhiệm vụ TVPB), from arrival to closing: one consistency boundary
 * (ADR 0010; docs/domain/review.md#engagement-lifecycle). This root is the lifecycle: every command first passes
 * {@link EngagementPolicies#LIFECYCLE} (the {@link EngagementAct} table), then the act's own rules, then one event is
 * applied. The panel, the report and the response are aggregate members with their own rules ({@link Panel},
 * {@link Report}, {@link Response}): the root hands them their acts and applies what they decide; Axon runs their
 * event-sourcing handlers with the root's. Every rule is judged by the regulation in force on the day the request
 * was received; only event-sourcing handlers change state.
 */
@AggregateRoot
public class ReviewEngagement {

    /** How long a report recorded after its response was already due waits for that response (see ADR 0010). */
    static final Duration BACKFILL_GRACE = Duration.ofDays(1);

    static final String SYSTEM = "system";

    @AggregateIdentifier
    private String engagementId;
    private EngagementStatus status;
    private RequestOrigin origin;
    private RequestDetails request;
    private LocalDate incompleteSince;
    private LocalDate acceptedOn;
    private Set<ReviewForm> forms = EnumSet.noneOf(ReviewForm.class);
    private FundingSource fundingSource;
    private int planYear;
    private String contractRef;
    private String deadlineId;
    private ReviewClosed closedWith;

    @AggregateMember
    private final Panel panel = new Panel();
    @AggregateMember
    private final Report report = new Report();
    @AggregateMember
    private final Response response = new Response();

    protected ReviewEngagement() {
        // for Axon
    }

    // --- intake --------------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RegisterRequest command, ReviewRules rules, Clock clock) {
        RequestOrigin origin = Inputs.required(command.origin(), "origin");
        RequestDetails details = RequestIntake.cleaned(command.request(), Clocks.today(clock));
        REGISTERING.enforce(new Arrival(origin, details.receivedAt(), details.requestedDeadline(), Clocks.today(clock)));
        AggregateLifecycle.apply(new ReviewRequestReceived(command.engagementId(), origin, details,
                                                           RequestIntake.dueDates(rules.at(details.receivedAt()), details)));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(ProposeReview command, Clock clock) {
        RequestDetails details = RequestIntake.cleaned(command.request(), Clocks.today(clock));
        PROPOSING.enforce(new Arrival(RequestOrigin.SELF_INITIATED, details.receivedAt(), details.requestedDeadline(),
                                      Clocks.today(clock)));
        AggregateLifecycle.apply(new ReviewProposed(command.engagementId(), details));
        return outcome();
    }

    /** REV-1: the request arrives on the consent's date, and is announced as received then. */
    @CommandHandler
    public Outcome handle(RecordProposalApproval command, ReviewRules rules, Clock clock) {
        enter(EngagementAct.APPROVE_PROPOSAL);
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        APPROVING_PROPOSAL.enforce(DatedAct.of(decision.date(), request.receivedAt(), Clocks.today(clock)));
        RequestDetails received = RequestIntake.receivedOn(request, decision.date());
        AggregateLifecycle.apply(new ReviewProposalApproved(engagementId, decision, decision.date(),
                RequestIntake.dueDates(rules.at(decision.date()), received), received));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(MarkDossierIncomplete command, Clock clock) {
        enter(EngagementAct.MARK_DOSSIER_INCOMPLETE);
        List<String> missing = Inputs.nonEmptyTexts(command.missing(), "missing");
        LocalDate on = Clocks.orToday(command.markedOn(), clock);
        MARKING_DOSSIER_INCOMPLETE.enforce(DatedAct.of(on, request.receivedAt(), Clocks.today(clock)));
        AggregateLifecycle.apply(new DossierMarkedIncomplete(engagementId, missing, on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(CompleteDossier command, Clock clock) {
        enter(EngagementAct.COMPLETE_DOSSIER);
        LocalDate on = Clocks.orToday(command.completedOn(), clock);
        COMPLETING_DOSSIER.enforce(DatedAct.of(on, incompleteSince, Clocks.today(clock)));
        AggregateLifecycle.apply(new DossierCompleted(engagementId, Inputs.texts(command.documents()), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(AcceptRequest command, ReviewRules rules, Clock clock) {
        enter(EngagementAct.ACCEPT);
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        ACCEPTING.enforce(new Acceptance(decision, request.receivedAt(), request.subjectType(),
                                         rules.at(request.receivedAt()), Clocks.today(clock)));
        AggregateLifecycle.apply(new ReviewAccepted(engagementId, decision, request.subjectType()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(DeclineRequest command, Clock clock) {
        enter(EngagementAct.DECLINE);
        String reason = Inputs.text(command.reason(), "reason");
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        DECLINING.enforce(DatedAct.of(decision.date(), request.receivedAt(), Clocks.today(clock)));
        AggregateLifecycle.apply(new ReviewDeclined(engagementId, reason, decision));
        return outcome();
    }

    // --- plan ----------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(PlanEngagement command, ReviewRules rules, ApprovedPlans approvedPlans) {
        enter(EngagementAct.PLAN);
        Set<ReviewForm> forms = EnumSet.copyOf(Inputs.nonEmpty(command.forms(), "forms"));
        FundingSource source = Inputs.required(command.fundingSource(), "fundingSource");
        long estimate = Inputs.notNegative(command.estimateVnd(), "estimateVnd");
        int year = calendarYear(command.planYear());
        LocalDate reportDue = command.reportDueDate() != null ? command.reportDueDate()
                : request.receivedAt().plusDays(rules.at(request.receivedAt()).reportDays());
        boolean inApprovedPlan = source == FundingSource.STATE_BUDGET_ANNUAL_PLAN
                                 && approvedPlans.includes(year, engagementId);
        PLANNING.enforce(new Planning(source, year, inApprovedPlan, reportDue, request.receivedAt()));
        AggregateLifecycle.apply(new EngagementPlanned(engagementId, forms, source, estimate, year,
                                                       Inputs.optionalText(command.contractRef()), reportDue));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordContract command, Clock clock) {
        enter(EngagementAct.RECORD_CONTRACT);
        String ref = Inputs.text(command.contractRef(), "contractRef");
        LocalDate signedOn = Clocks.orToday(command.signedOn(), clock);
        CONTRACTING.enforce(DatedAct.of(signedOn, null, Clocks.today(clock)));
        AggregateLifecycle.apply(new ContractRecorded(engagementId, ref, signedOn));
        return outcome();
    }

    // --- panel (the member decides) ------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(InviteExpert command, ExpertPool pool, Clock clock) {
        enter(EngagementAct.INVITE_EXPERT);
        return applied(panel.invite(engagementId, command, pool, parties(), acceptedOn, Clocks.today(clock)));
    }

    @CommandHandler
    public Outcome handle(AcceptInvitation command, Clock clock) {
        enter(EngagementAct.ACCEPT_INVITATION);
        return applied(panel.accept(engagementId, command, Clocks.today(clock)));
    }

    @CommandHandler
    public Outcome handle(DeclineInvitation command, Clock clock) {
        enter(EngagementAct.DECLINE_INVITATION);
        return applied(panel.decline(engagementId, command, Clocks.today(clock)));
    }

    @CommandHandler
    public Outcome handle(RecordConflictDeclaration command, Clock clock) {
        enter(EngagementAct.DECLARE_INTERESTS);
        return applied(panel.declare(engagementId, command, Clocks.today(clock)));
    }

    @CommandHandler
    public Outcome handle(RemoveFromPanel command, Clock clock) {
        enter(EngagementAct.REMOVE_FROM_PANEL);
        return applied(panel.remove(engagementId, command, Clocks.today(clock)));
    }

    /** REV-4, REV-5 (the panel's rules), then REV-9: a contract-funded engagement starts with its contract. */
    @CommandHandler
    public Outcome handle(ConfirmPanel command, ExpertPool pool, ReviewRules rules, Clock clock) {
        enter(EngagementAct.CONFIRM_PANEL);
        ReviewPanelFormed formed = panel.confirm(engagementId, command, pool, parties(), forms, regulation(rules),
                                                 request.subjectType(), Clocks.today(clock));
        CONTRACT_IN_PLACE.enforce(new Funding(fundingSource, contractRef));
        return applied(formed);
    }

    @CommandHandler
    public Outcome handle(SubmitOpinion command, Clock clock) {
        enter(EngagementAct.SUBMIT_OPINION);
        return applied(panel.submitOpinion(engagementId, command, Clocks.today(clock)));
    }

    // --- the work ------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(RecordWorkshop command, Clock clock) {
        enter(EngagementAct.RECORD_WORKSHOP);
        LocalDate heldOn = Inputs.required(command.heldOn(), "heldOn");
        int attendees = (int) Inputs.positive(command.attendees(), "attendees");
        HOLDING_WORKSHOP.enforce(new Workshop(forms, heldOn, Clocks.today(clock)));
        return applied(new ReviewWorkshopHeld(engagementId, heldOn, attendees,
                                              Inputs.optionalText(command.summary())));
    }

    @CommandHandler
    public Outcome handle(CloseReviewCollection command) {
        enter(EngagementAct.CLOSE_REVIEW_COLLECTION);
        return applied(new ReviewCollectionClosed(engagementId));
    }

    // --- report (the member decides) -----------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(DraftReport command) {
        enter(EngagementAct.DRAFT_REPORT);
        return applied(report.draft(engagementId, command));
    }

    @CommandHandler
    public Outcome handle(SubmitDraft command) {
        enter(EngagementAct.SUBMIT_DRAFT);
        return applied(report.submit(engagementId));
    }

    @CommandHandler
    public Outcome handle(ReturnForRevision command) {
        enter(EngagementAct.RETURN_FOR_REVISION);
        return applied(report.returnForRevision(engagementId, command));
    }

    /** Signs and sends the latest draft, and starts waiting for the requester's answer (REV-7). */
    @CommandHandler
    public Outcome handle(ApproveAndSendReport command, ReviewRules rules, Clock clock,
                          DeadlineManager deadlineManager) {
        enter(EngagementAct.APPROVE_AND_SEND_REPORT);
        Report.Signed signed = report.signing(command, Clocks.today(clock));
        LocalDate responseDue = signed.sentOn().plusDays(regulation(rules).responseDays());
        // Overdue once the whole due day has passed in Vietnam. A report entered from paper after its response was
        // already due gets BACKFILL_GRACE to have the response recorded too, before the timer closes it "no response".
        Instant trigger = responseDue.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
        Instant earliest = clock.instant().plus(BACKFILL_GRACE);
        String scheduled = deadlineManager.schedule(trigger.isBefore(earliest) ? earliest : trigger,
                                                    ResponseOverdue.DEADLINE,
                                                    new ResponseOverdue(engagementId, responseDue));
        return applied(report.send(engagementId, signed, responseDue, scheduled));
    }

    // --- response and closing ------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(RecordResponse command, Clock clock, DeadlineManager deadlineManager) {
        enter(EngagementAct.RECORD_RESPONSE);
        ReviewResponseRecorded recorded = response.record(engagementId, command, report.sent(), Clocks.today(clock));
        cancelResponseDeadline(deadlineManager);
        return applied(recorded);
    }

    /** closedOn: when it really closed (an engagement entered from paper), not before the response arrived. */
    @CommandHandler
    public Outcome handle(CloseEngagement command, Clock clock) {
        enter(EngagementAct.CLOSE);
        LocalDate closedOn = Clocks.orToday(command.closedOn(), clock);
        CLOSING.enforce(DatedAct.of(closedOn, response.receivedOn(), Clocks.today(clock)));
        return applied(closed(response.adoption(), response.counts(), closedOn, null));
    }

    /** The requester did not answer in time: closed with "no response"; a late or repeated trigger changes nothing. */
    @DeadlineHandler(deadlineName = ResponseOverdue.DEADLINE)
    public void on(ResponseOverdue overdue) {
        if (status != EngagementStatus.REPORT_SENT) {
            return;
        }
        int recommendations = report.sent().recommendations().size();
        AggregateLifecycle.apply(closed(Adoption.NO_RESPONSE, new AdoptionCounts(0, 0, 0, recommendations),
                                        overdue.responseDue().plusDays(1), SYSTEM));
    }

    @CommandHandler
    public Outcome handle(PublishOutcome command, Clock clock) {
        enter(EngagementAct.PUBLISH_OUTCOME);
        PUBLISHING.enforce(new Publication(command.publish(), request.confidential()));
        return applied(new OutcomePublicationDecided(engagementId, command.publish(), request.title(),
                request.requester().name(), closedWith.adoption(), request.subjectType(), closedWith.closedOn(),
                Clocks.today(clock)));
    }

    @CommandHandler
    public Outcome handle(WithdrawRequest command, Clock clock, DeadlineManager deadlineManager) {
        enter(EngagementAct.WITHDRAW);
        String reason = Inputs.text(command.reason(), "reason");
        LocalDate withdrawnOn = Clocks.orToday(command.withdrawnOn(), clock);
        WITHDRAWING.enforce(DatedAct.of(withdrawnOn, request.receivedAt(), Clocks.today(clock)));
        cancelResponseDeadline(deadlineManager);
        return applied(new RequestWithdrawn(engagementId, status, reason, withdrawnOn));
    }

    @CommandHandler
    public Outcome handle(CancelEngagement command, Clock clock, DeadlineManager deadlineManager) {
        enter(EngagementAct.CANCEL);
        String reason = Inputs.text(command.reason(), "reason");
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        CANCELLING.enforce(DatedAct.of(decision.date(), request.receivedAt(), Clocks.today(clock)));
        cancelResponseDeadline(deadlineManager);
        return applied(new EngagementCancelled(engagementId, status, reason, decision));
    }

    /** An actual cost in VND (a positive amount: 0 is no cost but a typing mistake, answered 400). */
    @CommandHandler
    public Outcome handle(RecordCost command, Clock clock) {
        enter(EngagementAct.RECORD_COST);
        long amount = Inputs.positive(command.amountVnd(), "amountVnd");
        String description = Inputs.text(command.description(), "description");
        LocalDate incurredOn = Clocks.orToday(command.incurredOn(), clock);
        COSTING.enforce(DatedAct.of(incurredOn, null, Clocks.today(clock)));
        return applied(new CostRecorded(engagementId, amount, description, incurredOn, planYear, fundingSource));
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ReviewRequestReceived event) {
        moveTo(event);
        engagementId = event.engagementId();
        origin = event.origin();
        request = event.request();
    }

    @EventSourcingHandler
    void on(ReviewProposed event) {
        moveTo(event);
        engagementId = event.engagementId();
        origin = RequestOrigin.SELF_INITIATED;
        request = event.request();
    }

    @EventSourcingHandler
    void on(ReviewProposalApproved event) {
        moveTo(event);
        request = RequestIntake.receivedOn(request, event.receivedAt());
    }

    @EventSourcingHandler
    void on(DossierMarkedIncomplete event) {
        moveTo(event);
        incompleteSince = event.on();
    }

    @EventSourcingHandler
    void on(ReviewAccepted event) {
        moveTo(event);
        acceptedOn = event.decision().date();
    }

    @EventSourcingHandler
    void on(EngagementPlanned event) {
        moveTo(event);
        forms = EnumSet.copyOf(event.forms());
        fundingSource = event.fundingSource();
        planYear = event.planYear();
        contractRef = event.contractRef();
    }

    @EventSourcingHandler
    void on(ContractRecorded event) {
        contractRef = event.contractRef();
    }

    @EventSourcingHandler
    void on(ReviewReportSent event) {
        moveTo(event);
        deadlineId = event.deadlineId();
    }

    @EventSourcingHandler
    void on(ReviewClosed event) {
        moveTo(event);
        closedWith = event;
        deadlineId = null;
    }

    @EventSourcingHandler
    void on(StatusChanged event) {
        // Events with a handler of their own above call moveTo there (Axon invokes only the most specific handler);
        // those that end the response timer clear it here.
        moveTo(event);
        if (event instanceof ReviewResponseRecorded || event instanceof RequestWithdrawn
            || event instanceof EngagementCancelled) {
            deadlineId = null;
        }
    }

    private void moveTo(StatusChanged event) {
        status = event.status();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** REV-11: the act is allowed in the engagement's state. */
    private void enter(EngagementAct act) {
        LIFECYCLE.enforce(new Step(act, status));
    }

    private Outcome applied(EngagementEvents event) {
        AggregateLifecycle.apply(event);
        return outcome();
    }

    private Outcome outcome() {
        return new Outcome(engagementId, status.name(), AggregateLifecycle.getVersion());
    }

    /** The regulation in force on the day the request was received (REV-15). */
    private ReviewRuleSet regulation(ReviewRules rules) {
        return rules.at(request.receivedAt());
    }

    private Parties parties() {
        return new Parties(request.requester().name(), request.draftingBody());
    }

    private void cancelResponseDeadline(DeadlineManager deadlineManager) {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(ResponseOverdue.DEADLINE, deadlineId);
        }
    }

    private ReviewClosed closed(Adoption adoption, AdoptionCounts counts, LocalDate closedOn, String closedBy) {
        Requester requester = request.requester();
        return new ReviewClosed(engagementId, adoption, counts, EnumSet.copyOf(forms), request.subjectType(), origin,
                                requester.kind(), requester.name(), closedOn, closedBy, panel.confirmedExperts());
    }

    /** A plan year outside any budget the union could have is a typing mistake, not a rule. */
    private static int calendarYear(int year) {
        if (year < 1990 || year > 2200) {
            throw new InvalidInput("planYear", "năm kế hoạch không hợp lệ", "must be a calendar year");
        }
        return year;
    }
}
