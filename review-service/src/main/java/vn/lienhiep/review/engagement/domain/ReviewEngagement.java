package vn.lienhiep.review.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.common.domain.ApprovedPlans;
import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.ReviewRules;
import vn.lienhiep.review.engagement.domain.EngagementCommands.*;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;

import static vn.lienhiep.review.engagement.domain.EngagementPolicies.*;

/**
 * A review request and the engagement it becomes (nhiệm vụ TVPB), from arrival to closing: one consistency boundary
 * (docs/domain/review.md#engagement-lifecycle). Every rule is judged by the regulation in force on the day the request was received. Command
 * handlers check the rules and apply events; only event-sourcing handlers change state.
 */
@AggregateRoot
public class ReviewEngagement {

    /** How long a report recorded after its response was already due waits for that response (see ADR 0010). */
    static final java.time.Duration BACKFILL_GRACE = java.time.Duration.ofDays(1);

    static final String SYSTEM = "system";

    @AggregateIdentifier
    private String engagementId;
    private EngagementStatus status;
    private RequestOrigin origin;
    private RequestDetails request;
    private Set<ReviewForm> forms = EnumSet.noneOf(ReviewForm.class);
    private FundingSource fundingSource;
    private int planYear;
    private String contractRef;
    private final Map<String, Member> panel = new LinkedHashMap<>();
    private final Map<String, PanelRole> confirmedPanel = new LinkedHashMap<>();
    private final Map<String, Integer> opinionVersions = new HashMap<>();
    private ReportDrafted latestDraft;
    private ReviewReportSent sentReport;
    private String deadlineId;
    private ReviewResponseRecorded response;
    private ReviewClosed closedWith;

    protected ReviewEngagement() {
        // for Axon
    }

    // --- intake --------------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RegisterRequest command, ReviewRules rules, Clock clock) {
        RequestOrigin origin = required(command.origin(), "origin");
        Policy.enforce(origin, registeredOrigin());
        RequestDetails details = cleaned(command.request(), clock);
        AggregateLifecycle.apply(new ReviewRequestReceived(command.engagementId(), origin, details,
                                                           dueDates(rules.at(details.receivedAt()), details)));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(ProposeReview command, Clock clock) {
        AggregateLifecycle.apply(new ReviewProposed(command.engagementId(), cleaned(command.request(), clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordProposalApproval command, ReviewRules rules, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.APPROVE_PROPOSAL));
        DecisionRef decision = decided(command.decision(), clock);
        if (decision.date().isBefore(request.receivedAt())) {
            throw new IllegalArgumentException("the approval cannot precede the proposal of " + request.receivedAt());
        }
        RequestDetails received = withReceivedAt(request, decision.date());
        AggregateLifecycle.apply(new ReviewProposalApproved(engagementId, decision, decision.date(),
                                                            dueDates(rules.at(decision.date()), received)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(MarkDossierIncomplete command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.MARK_DOSSIER_INCOMPLETE));
        List<String> missing = names(command.missing());
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("say which documents are missing");
        }
        AggregateLifecycle.apply(new DossierMarkedIncomplete(engagementId, missing, Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(CompleteDossier command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.COMPLETE_DOSSIER));
        AggregateLifecycle.apply(new DossierCompleted(engagementId, names(command.documents()), Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(AcceptRequest command, ReviewRules rules, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.ACCEPT));
        DecisionRef decision = decided(command.decision(), clock);
        Policy.enforce(request.subjectType(), withinMandate(rules.at(request.receivedAt())));
        AggregateLifecycle.apply(new ReviewAccepted(engagementId, decision, request.subjectType()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(DeclineRequest command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.DECLINE));
        String reason = text(command.reason(), "reason");
        AggregateLifecycle.apply(new ReviewDeclined(engagementId, reason, decided(command.decision(), clock)));
        return outcome();
    }

    // --- plan ----------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(PlanEngagement command, ReviewRules rules, ApprovedPlans approvedPlans) {
        Policy.enforce(status, allows(EngagementAct.PLAN));
        if (command.forms() == null || command.forms().isEmpty()) {
            throw new IllegalArgumentException("plan at least one review form");
        }
        FundingSource source = required(command.fundingSource(), "fundingSource");
        if (command.estimateVnd() < 0) {
            throw new IllegalArgumentException("the estimate cannot be negative");
        }
        if (command.planYear() < 1990 || command.planYear() > 2200) {
            throw new IllegalArgumentException("planYear must be a calendar year");
        }
        Policy.enforce(source, fundedByApprovedPlan(approvedPlans, command.planYear(), engagementId));
        LocalDate reportDue = command.reportDueDate() != null ? command.reportDueDate()
                : request.receivedAt().plusDays(rules.at(request.receivedAt()).reportDays());
        if (reportDue.isBefore(request.receivedAt())) {
            throw new IllegalArgumentException("the report cannot be due before the request was received");
        }
        AggregateLifecycle.apply(new EngagementPlanned(engagementId, EnumSet.copyOf(command.forms()), source,
                command.estimateVnd(), command.planYear(), VietnameseText.clean(command.contractRef()), reportDue));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordContract command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.RECORD_CONTRACT));
        String ref = text(command.contractRef(), "contractRef");
        LocalDate signedOn = dateOrToday(command.signedOn(), clock);
        Policy.enforce(signedOn, notInFuture(Clocks.today(clock), "ký hợp đồng", "contract"));
        AggregateLifecycle.apply(new ContractRecorded(engagementId, ref, signedOn));
        return outcome();
    }

    // --- panel ---------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(InviteExpert command, ExpertPool pool) {
        Policy.enforce(status, allows(EngagementAct.INVITE_EXPERT));
        String expertId = text(command.expertId(), "expertId");
        PanelRole role = required(command.role(), "role");
        if (panel.containsKey(expertId)) {
            throw alreadyInvited(expertId).orElseThrow().asException();
        }
        PoolExpert expert = pool.active(expertId).orElseThrow(() -> notInPool(expertId).orElseThrow().asException());
        Policy.enforce(expert, notEmployedBy(request.requester().name(), request.draftingBody()));
        AggregateLifecycle.apply(new ExpertInvited(engagementId, expertId, expert.personId(), role));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(AcceptInvitation command, ExpertPool pool, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.ACCEPT_INVITATION));
        Member member = member(command.expertId());
        if (member.accepted()) {
            throw new vn.lienhiep.kernel.BusinessRuleViolation("review.panel.already-accepted",
                    "Chuyên gia đã nhận lời mời.", "The expert has already accepted the invitation.");
        }
        String displayName = pool.active(command.expertId()).map(PoolExpert::displayName).orElse(null);
        AggregateLifecycle.apply(new ExpertAssignedToReview(engagementId, command.expertId(), member.role(),
                                                            displayName, request.subjectType(), Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(DeclineInvitation command) {
        Policy.enforce(status, allows(EngagementAct.DECLINE_INVITATION));
        member(command.expertId());
        AggregateLifecycle.apply(new InvitationDeclined(engagementId, command.expertId(),
                                                        VietnameseText.clean(command.reason())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordConflictDeclaration command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.DECLARE_INTERESTS));
        member(command.expertId());
        LocalDate signedOn = dateOrToday(command.signedOn(), clock);
        Policy.enforce(signedOn, notInFuture(Clocks.today(clock), "ký bản tự khai", "declaration"));
        Set<InterestKind> interests = command.interests() == null || command.interests().isEmpty()
                ? Set.of() : Set.copyOf(command.interests());
        AggregateLifecycle.apply(new ExpertConflictDeclared(engagementId, command.expertId(), interests, signedOn,
                                                            command.nonDisclosureSigned()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RemoveFromPanel command) {
        Policy.enforce(status, allows(EngagementAct.REMOVE_FROM_PANEL));
        member(command.expertId());
        AggregateLifecycle.apply(new ExpertRemovedFromPanel(engagementId, command.expertId(),
                                                            text(command.reason(), "reason")));
        return outcome();
    }

    /** Rules 4, 5, 8 and 9: cleared declarations, composition for the planned forms, the contract in place. */
    @CommandHandler
    public Outcome handle(ConfirmPanel command, ExpertPool pool, ReviewRules rules, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.CONFIRM_PANEL));
        List<PanelSeat> seats = new ArrayList<>();
        for (Map.Entry<String, Member> entry : panel.entrySet()) {
            String expertId = entry.getKey();
            Member member = entry.getValue();
            if (!member.accepted()) {
                throw invitationPending(expertId).asException();
            }
            if (member.declaration() == null) {
                throw declarationMissing(expertId).asException();
            }
            if (!member.declaration().interests().isEmpty()) {
                InterestKind first = EnumSet.copyOf(member.declaration().interests()).iterator().next();
                throw conflictDeclared(expertId, first).asException();
            }
            if (!member.declaration().nonDisclosureSigned()) {
                throw nonDisclosureMissing(expertId).asException();
            }
            // The pool may have changed since the invitation (deactivation, a new employer).
            PoolExpert expert = pool.active(expertId)
                    .orElseThrow(() -> notInPool(expertId).orElseThrow().asException());
            Policy.enforce(expert, notEmployedBy(request.requester().name(), request.draftingBody()));
            seats.add(new PanelSeat(expertId, member.role()));
        }
        ReviewRuleSet ruleSet = rules.at(request.receivedAt());
        Policy.enforce(seats, composedFor(forms, ruleSet));
        Policy.enforce(fundingSource, contractInPlace(contractRef));
        AggregateLifecycle.apply(new ReviewPanelFormed(engagementId, List.copyOf(seats), EnumSet.copyOf(forms),
                                                       Clocks.today(clock)));
        return outcome();
    }

    // --- work ----------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(SubmitOpinion command) {
        Policy.enforce(status, allows(EngagementAct.SUBMIT_OPINION));
        String expertId = command.expertId();
        if (expertId == null || !confirmedPanel.containsKey(expertId)) {
            throw notOnConfirmedPanel(expertId).asException();
        }
        String text = text(command.text(), "text");
        AggregateLifecycle.apply(new OpinionSubmitted(engagementId, expertId,
                                                      opinionVersions.getOrDefault(expertId, 0) + 1, text));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordWorkshop command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.RECORD_WORKSHOP));
        Policy.enforce(forms, workshopPlanned());
        LocalDate heldOn = required(command.heldOn(), "heldOn");
        Policy.enforce(heldOn, notInFuture(Clocks.today(clock), "hội thảo", "workshop"));
        if (command.attendees() < 1) {
            throw new IllegalArgumentException("a workshop has at least one attendee");
        }
        AggregateLifecycle.apply(new ReviewWorkshopHeld(engagementId, heldOn, command.attendees(),
                                                        VietnameseText.clean(command.summary())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(CloseReviewCollection command) {
        Policy.enforce(status, allows(EngagementAct.CLOSE_REVIEW_COLLECTION));
        AggregateLifecycle.apply(new ReviewCollectionClosed(engagementId));
        return outcome();
    }

    // --- report --------------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(DraftReport command) {
        Policy.enforce(status, allows(EngagementAct.DRAFT_REPORT));
        if (command.recommendations() == null || command.recommendations().isEmpty()) {
            throw new IllegalArgumentException("a report makes at least one recommendation");
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < command.recommendations().size(); i++) {
            RecommendationText r = command.recommendations().get(i);
            recommendations.add(new Recommendation("R" + (i + 1), text(r == null ? null : r.text(), "recommendation")));
        }
        List<Dissent> dissents = new ArrayList<>();
        if (command.dissentingOpinions() != null) {
            for (Dissent d : command.dissentingOpinions()) {
                if (d == null) {
                    throw new IllegalArgumentException("a dissenting opinion has a text");
                }
                dissents.add(new Dissent(VietnameseText.clean(d.expertId()), text(d.text(), "dissent")));
            }
        }
        int version = latestDraft == null ? 1 : latestDraft.version() + 1;
        AggregateLifecycle.apply(new ReportDrafted(engagementId, version, text(command.summary(), "summary"),
                VietnameseText.clean(command.findings()), List.copyOf(recommendations), List.copyOf(dissents)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(SubmitDraft command) {
        Policy.enforce(status, allows(EngagementAct.SUBMIT_DRAFT));
        Policy.enforce(latestDraft == null ? 0 : latestDraft.version(), hasDraft());
        AggregateLifecycle.apply(new DraftSubmitted(engagementId, latestDraft.version()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ReturnForRevision command) {
        Policy.enforce(status, allows(EngagementAct.RETURN_FOR_REVISION));
        AggregateLifecycle.apply(new DraftReturned(engagementId, latestDraft.version(),
                                                   text(command.reason(), "reason")));
        return outcome();
    }

    /** Signs and sends the latest draft, and starts waiting for the requester's answer (rule 7). */
    @CommandHandler
    public Outcome handle(ApproveAndSendReport command, ReviewRules rules, Clock clock,
                          DeadlineManager deadlineManager) {
        Policy.enforce(status, allows(EngagementAct.APPROVE_AND_SEND_REPORT));
        DecisionRef decision = decided(command.decision(), clock);
        String signedBy = text(command.signedBy(), "signedBy");
        LocalDate sentOn = dateOrToday(command.sentOn(), clock);
        Policy.enforce(sentOn, notInFuture(Clocks.today(clock), "gửi báo cáo", "report"));
        LocalDate responseDue = sentOn.plusDays(rules.at(request.receivedAt()).responseDays());
        // Overdue once the whole due day has passed in Vietnam. A report entered from paper after its response was
        // already due gets BACKFILL_GRACE to have the response recorded too, before the timer closes it "no response".
        Instant trigger = responseDue.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
        Instant earliest = clock.instant().plus(BACKFILL_GRACE);
        if (trigger.isBefore(earliest)) {
            trigger = earliest;
        }
        String scheduled = deadlineManager.schedule(trigger, ResponseOverdue.DEADLINE,
                                                    new ResponseOverdue(engagementId, responseDue));
        ReportDrafted draft = latestDraft;
        AggregateLifecycle.apply(new ReviewReportSent(engagementId, draft.version(), draft.summary(), draft.findings(),
                draft.recommendations(), draft.dissentingOpinions(), decision, signedBy, sentOn, responseDue,
                scheduled));
        return outcome();
    }

    // --- response and closing ------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(RecordResponse command, Clock clock, DeadlineManager deadlineManager) {
        Policy.enforce(status, allows(EngagementAct.RECORD_RESPONSE));
        LocalDate receivedOn = dateOrToday(command.receivedOn(), clock);
        Policy.enforce(receivedOn, notInFuture(Clocks.today(clock), "nhận ý kiến tiếp thu", "response"));
        if (receivedOn.isBefore(sentReport.sentOn())) {
            throw new IllegalArgumentException("the response cannot precede the report sent on " + sentReport.sentOn());
        }
        List<RecommendationAnswer> answers = new ArrayList<>();
        for (RecommendationAnswer a : command.answers() == null ? List.<RecommendationAnswer>of() : command.answers()) {
            if (a == null || a.adoption() == null) {
                throw new IllegalArgumentException("every answer names its adoption");
            }
            answers.add(new RecommendationAnswer(a.recommendationId(), a.adoption(),
                                                 VietnameseText.clean(a.explanation())));
        }
        Policy.enforce(answers, answersEvery(sentReport.recommendations().stream()
                                                       .map(Recommendation::recommendationId).toList()));
        cancelResponseDeadline(deadlineManager);
        Adoption adoption = AdoptionCounts.of(answers.stream().map(RecommendationAnswer::adoption).toList()).overall();
        AggregateLifecycle.apply(new ReviewResponseRecorded(engagementId, receivedOn, List.copyOf(answers), adoption,
                                                            VietnameseText.clean(command.explanation())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(CloseEngagement command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.CLOSE));
        AdoptionCounts counts = AdoptionCounts.of(response.answers().stream()
                                                          .map(RecommendationAnswer::adoption).toList());
        AggregateLifecycle.apply(closed(response.adoption(), counts, Clocks.today(clock), null));
        return outcome();
    }

    /** The requester did not answer in time: closed with "no response"; a late or repeated trigger changes nothing. */
    @DeadlineHandler(deadlineName = ResponseOverdue.DEADLINE)
    public void on(ResponseOverdue overdue) {
        if (status != EngagementStatus.REPORT_SENT) {
            return;
        }
        int recommendations = sentReport.recommendations().size();
        AggregateLifecycle.apply(closed(Adoption.NO_RESPONSE, new AdoptionCounts(0, 0, 0, recommendations),
                                        overdue.responseDue().plusDays(1), SYSTEM));
    }

    @CommandHandler
    public Outcome handle(PublishOutcome command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.PUBLISH_OUTCOME));
        Policy.enforce(command.publish(), publishable(request.confidential()));
        AggregateLifecycle.apply(new OutcomePublicationDecided(engagementId, command.publish(), request.title(),
                request.requester().name(), closedWith.adoption(), request.subjectType(), closedWith.closedOn(),
                Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(WithdrawRequest command, Clock clock, DeadlineManager deadlineManager) {
        Policy.enforce(status, allows(EngagementAct.WITHDRAW));
        String reason = text(command.reason(), "reason");
        cancelResponseDeadline(deadlineManager);
        AggregateLifecycle.apply(new RequestWithdrawn(engagementId, status, reason, Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(CancelEngagement command, Clock clock, DeadlineManager deadlineManager) {
        Policy.enforce(status, allows(EngagementAct.CANCEL));
        String reason = text(command.reason(), "reason");
        DecisionRef decision = decided(command.decision(), clock);
        cancelResponseDeadline(deadlineManager);
        AggregateLifecycle.apply(new EngagementCancelled(engagementId, status, reason, decision));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RecordCost command, Clock clock) {
        Policy.enforce(status, allows(EngagementAct.RECORD_COST));
        if (command.amountVnd() <= 0) {
            throw new IllegalArgumentException("a cost is a positive amount of VND");
        }
        String description = text(command.description(), "description");
        LocalDate incurredOn = dateOrToday(command.incurredOn(), clock);
        Policy.enforce(incurredOn, notInFuture(Clocks.today(clock), "phát sinh chi phí", "cost"));
        AggregateLifecycle.apply(new CostRecorded(engagementId, command.amountVnd(), description, incurredOn,
                                                  planYear, fundingSource));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    /** A person invited to the panel, until they decline or are removed (a value, so replaying compares equal). */
    private record Member(PanelRole role, boolean accepted, ExpertConflictDeclared declaration) {

        Member accept() {
            return new Member(role, true, declaration);
        }

        Member declare(ExpertConflictDeclared signed) {
            return new Member(role, accepted, signed);
        }
    }

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
        request = withReceivedAt(request, event.receivedAt());
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
    void on(ExpertInvited event) {
        moveTo(event);
        panel.put(event.expertId(), new Member(event.role(), false, null));
    }

    @EventSourcingHandler
    void on(ExpertAssignedToReview event) {
        panel.computeIfPresent(event.expertId(), (id, member) -> member.accept());
    }

    @EventSourcingHandler
    void on(InvitationDeclined event) {
        panel.remove(event.expertId());
    }

    @EventSourcingHandler
    void on(ExpertRemovedFromPanel event) {
        panel.remove(event.expertId());
    }

    @EventSourcingHandler
    void on(ExpertConflictDeclared event) {
        panel.computeIfPresent(event.expertId(), (id, member) -> member.declare(event));
    }

    @EventSourcingHandler
    void on(ReviewPanelFormed event) {
        moveTo(event);
        confirmedPanel.clear();
        event.members().forEach(seat -> confirmedPanel.put(seat.expertId(), seat.role()));
    }

    @EventSourcingHandler
    void on(OpinionSubmitted event) {
        opinionVersions.put(event.expertId(), event.version());
    }

    @EventSourcingHandler
    void on(ReportDrafted event) {
        latestDraft = event;
    }

    @EventSourcingHandler
    void on(ReviewReportSent event) {
        moveTo(event);
        sentReport = event;
        deadlineId = event.deadlineId();
    }

    @EventSourcingHandler
    void on(ReviewResponseRecorded event) {
        moveTo(event);
        response = event;
        deadlineId = null;
    }

    @EventSourcingHandler
    void on(ReviewClosed event) {
        moveTo(event);
        closedWith = event;
        deadlineId = null;
    }

    @EventSourcingHandler
    void on(RequestWithdrawn event) {
        moveTo(event);
        deadlineId = null;
    }

    @EventSourcingHandler
    void on(EngagementCancelled event) {
        moveTo(event);
        deadlineId = null;
    }

    @EventSourcingHandler
    void on(StatusChanged event) {
        // Events with a handler of their own above call moveTo there (Axon invokes only the most specific handler).
        moveTo(event);
    }

    private void moveTo(StatusChanged event) {
        status = event.status();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Outcome outcome() {
        return new Outcome(engagementId, status.name(), AggregateLifecycle.getVersion());
    }

    private Member member(String expertId) {
        Member member = expertId == null ? null : panel.get(expertId);
        if (member == null) {
            throw notOnPanel(expertId).asException();
        }
        return member;
    }

    private void cancelResponseDeadline(DeadlineManager deadlineManager) {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(ResponseOverdue.DEADLINE, deadlineId);
        }
    }

    private ReviewClosed closed(Adoption adoption, AdoptionCounts counts, LocalDate closedOn, String closedBy) {
        Requester requester = request.requester();
        return new ReviewClosed(engagementId, adoption, counts, EnumSet.copyOf(forms), request.subjectType(), origin,
                                requester.kind(), requester.name(), closedOn, closedBy,
                                List.copyOf(confirmedPanel.keySet()));
    }

    /** Rule 7: due dates from the regulation in force on the day the request was received. */
    static DueDates dueDates(ReviewRuleSet rules, RequestDetails details) {
        LocalDate receivedAt = details.receivedAt();
        boolean shortNotice = details.requestedDeadline() != null
                && details.requestedDeadline().isBefore(receivedAt.plusDays(rules.minLeadDays()));
        return new DueDates(rules.regulation(), WorkingDays.plus(receivedAt, rules.acknowledgeWorkingDays()),
                            WorkingDays.plus(receivedAt, rules.decideWorkingDays()),
                            receivedAt.plusDays(rules.reportDays()), shortNotice);
    }

    private static RequestDetails cleaned(RequestDetails d, Clock clock) {
        if (d == null) {
            throw new IllegalArgumentException("request is required");
        }
        Requester requester = required(d.requester(), "requester");
        Requester cleanRequester = new Requester(text(requester.name(), "requester.name"),
                                                 required(requester.kind(), "requester.kind"),
                                                 blankToNull(requester.requesterId()));
        if (d.reviewTypes() == null || d.reviewTypes().isEmpty()) {
            throw new IllegalArgumentException("ask for at least one review type");
        }
        LocalDate receivedAt = dateOrToday(d.receivedAt(), clock);
        Policy.enforce(receivedAt, notInFuture(Clocks.today(clock), "tiếp nhận", "received"));
        if (d.requestedDeadline() != null && d.requestedDeadline().isBefore(receivedAt)) {
            throw new IllegalArgumentException("the requested deadline cannot precede the request");
        }
        return new RequestDetails(text(d.title(), "title"), required(d.subjectType(), "subjectType"),
                                  required(d.issuingLevel(), "issuingLevel"), VietnameseText.clean(d.sector()),
                                  cleanRequester, blankToNull(d.draftingBody()),
                                  Set.copyOf(new LinkedHashSet<>(d.reviewTypes())), receivedAt,
                                  d.requestedDeadline(), names(d.dossier()), d.confidential(),
                                  blankToNull(d.coOrganiser()), blankToNull(d.leadOrg()));
    }

    private static RequestDetails withReceivedAt(RequestDetails d, LocalDate receivedAt) {
        return new RequestDetails(d.title(), d.subjectType(), d.issuingLevel(), d.sector(), d.requester(),
                                  d.draftingBody(), d.reviewTypes(), receivedAt, d.requestedDeadline(), d.dossier(),
                                  d.confidential(), d.coOrganiser(), d.leadOrg());
    }

    private static DecisionRef decided(DecisionRef decision, Clock clock) {
        required(decision, "decision");
        Policy.enforce(decision.date(), notInFuture(Clocks.today(clock), "quyết định", "decision"));
        return decision;
    }

    private static List<String> names(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(VietnameseText::clean).filter(s -> s != null && !s.isEmpty()).toList();
    }

    private static String blankToNull(String raw) {
        String clean = VietnameseText.clean(raw);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private static String text(String raw, String field) {
        String clean = blankToNull(raw);
        if (clean == null) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return clean;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static LocalDate dateOrToday(LocalDate date, Clock clock) {
        return date != null ? date : Clocks.today(clock);
    }
}
