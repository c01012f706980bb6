package vn.lienhiep.membership.governance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.governance.domain.CongressStatus.Step;
import vn.lienhiep.membership.governance.domain.GovernanceCommands.*;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.Appointment;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.CongressPlan;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.CongressStep;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.Election;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.HoldingEnd;
import vn.lienhiep.membership.governance.domain.GovernancePolicies.TermPlan;

import static vn.lienhiep.membership.governance.domain.GovernancePolicies.*;

/**
 * A union's terms, congresses, governing bodies and office holdings. ONE aggregate per union on purpose: the
 * invariants span all of them ("exactly one ACTIVE term", "BTV ⊂ BCH", "the Chair sits on the BTV", "holdings end
 * when the term closes unless re-elected"), and the volume is tiny (a congress every five years).
 *
 * <p>It reads as the lifecycle: each command takes its inputs, enforces its act's named policy
 * ({@link GovernancePolicies}) and applies events. What it remembers of each part is a value of its own
 * ({@link Term}, {@link Congress}, {@link OfficeHolding}); the composition of the bodies is one rule shared by
 * elections and appointments ({@link GovernancePolicies#composition}).
 */
@AggregateRoot
public class UnionGovernance {

    public static final String TERM_ENDED_VI = "Hết nhiệm kỳ";
    public static final String TERM_ENDED_EN = "Term ended";

    @AggregateIdentifier
    private String unionId;
    private final Map<Integer, Term> terms = new TreeMap<>();
    private Integer activeTerm;
    private final Map<Integer, Congress> congresses = new TreeMap<>();
    private final Map<String, OfficeHolding> holdings = new LinkedHashMap<>();
    private int holdingCounter;

    protected UnionGovernance() {
        // for Axon
    }

    // --- terms and congress planning ----------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(PlanTerm command, MembershipRules rules) {
        positive(command.ordinal(), "ordinal");
        String label = Inputs.text(command.displayLabel(), "displayLabel");
        if (command.startYear() < 1900) {
            throw new InvalidInput("startYear", "không được trước năm 1900", "cannot be before 1900");
        }
        if (command.endYear() > 2200 || command.endYear() < command.startYear()) {
            throw new InvalidInput("endYear", "phải từ năm bắt đầu đến năm 2200",
                                   "must be between startYear and 2200");
        }
        PLANNING_TERM.enforce(new TermPlan(command.ordinal(), command.startYear(), command.endYear(), terms.values(),
                                           rules));
        AggregateLifecycle.apply(new TermPlanned(command.unionId(), command.ordinal(), label, command.startYear(),
                                                 command.endYear()));
        return outcome(TermStatus.PLANNED.name());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(PlanCongress command) {
        positive(command.ordinal(), "ordinal");
        Inputs.required(command.kind(), "kind");
        Integer openedBy = congresses.values().stream().filter(c -> c.opensTerm() == command.opensTermOrdinal())
                                     .map(Congress::ordinal).findFirst().orElse(null);
        PLANNING_CONGRESS.enforce(new CongressPlan(command.ordinal(), congresses.containsKey(command.ordinal()),
                                                   command.opensTermOrdinal(), terms.get(command.opensTermOrdinal()),
                                                   openedBy));
        String label = Inputs.optionalText(command.displayLabel());
        AggregateLifecycle.apply(new CongressPlanned(unionId, command.ordinal(),
                label == null ? "Đại hội lần thứ " + command.ordinal() : label, command.kind(),
                Inputs.optionalText(command.plannedQuarter()), command.opensTermOrdinal()));
        return outcome(CongressStatus.PLANNING.name());
    }

    // --- congress steps -------------------------------------------------------------------------------------------

    /** The founding congress is prepared by the founding authority; afterwards by the BTV. */
    @CommandHandler
    public Outcome handle(FormOrganisingCommittee command, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        CONGRESS_STEP.enforce(step(command.congressOrdinal(), Step.FORM_ORGANISING_COMMITTEE, decision,
                                   founding() ? EnumSet.of(DecisionBody.BTV, DecisionBody.UBND_TINH, DecisionBody.SO_NOI_VU)
                                              : EnumSet.of(DecisionBody.BTV),
                                   decision.date(), clock));
        AggregateLifecycle.apply(new OrganisingCommitteeFormed(unionId, command.congressOrdinal(), decision));
        return congressOutcome(command.congressOrdinal());
    }

    @CommandHandler
    public Outcome handle(ApproveDocuments command, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        CONGRESS_STEP.enforce(step(command.congressOrdinal(), Step.APPROVE_DOCUMENTS, decision,
                                   founding() ? EnumSet.of(DecisionBody.BCH, DecisionBody.UBND_TINH, DecisionBody.SO_NOI_VU)
                                              : EnumSet.of(DecisionBody.BCH),
                                   decision.date(), clock));
        Set<CongressDocument> documents = command.documents() == null || command.documents().isEmpty()
                ? EnumSet.noneOf(CongressDocument.class) : EnumSet.copyOf(command.documents());
        AggregateLifecycle.apply(new CongressDocumentsApproved(unionId, command.congressOrdinal(), documents, decision));
        return congressOutcome(command.congressOrdinal());
    }

    @CommandHandler
    public Outcome handle(RecordPartyApproval command, Clock clock) {
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        CONGRESS_STEP.enforce(step(command.congressOrdinal(), Step.RECORD_PARTY_APPROVAL, decision,
                                   EnumSet.of(DecisionBody.TINH_UY), decision.date(), clock));
        AggregateLifecycle.apply(new PartyApprovalRecorded(unionId, command.congressOrdinal(), decision));
        return congressOutcome(command.congressOrdinal());
    }

    @CommandHandler
    public Outcome handle(Convene command, Clock clock) {
        LocalDate on = Inputs.required(command.on(), "on");
        positive(command.delegatesConvened(), "delegatesConvened");
        CONGRESS_STEP.enforce(step(command.congressOrdinal(), Step.CONVENE, null, Set.of(), on, clock));
        AggregateLifecycle.apply(new CongressConvened(unionId, command.congressOrdinal(), on,
                                                      command.delegatesConvened()));
        return congressOutcome(command.congressOrdinal());
    }

    /** Whether the congress is quorate is the outcome of the count (ADJOURNED when not), not a refusal. */
    @CommandHandler
    public Outcome handle(CheckQuorum command, MembershipRules rules, Clock clock) {
        Congress c = congresses.get(command.congressOrdinal());
        LocalDate on = command.on() != null ? command.on() : c == null ? null : c.lastStepDate();
        CongressStep step = step(command.congressOrdinal(), Step.CHECK_QUORUM, null, Set.of(), on, clock);
        CONGRESS_KNOWN.enforce(step);
        STEP_ALLOWED.enforce(step);
        if (command.delegatesPresent() < 0 || command.delegatesPresent() > c.delegatesConvened()) {
            throw new InvalidInput("delegatesPresent", "phải từ 0 đến số đại biểu được triệu tập ("
                                   + c.delegatesConvened() + ")",
                                   "must be between 0 and the " + c.delegatesConvened() + " delegates convened");
        }
        STEP_DATED.enforce(step);
        AggregateLifecycle.apply(new QuorumChecked(unionId, c.ordinal(), on, command.delegatesPresent(),
                c.delegatesConvened(), rules.isQuorate(command.delegatesPresent(), c.delegatesConvened())));
        return congressOutcome(c.ordinal());
    }

    @CommandHandler
    public Outcome handle(RecordElection command, MembershipRules rules, Clock clock) {
        GoverningBodyType body = Inputs.required(command.body(), "body");
        List<Seat> seats = List.copyOf(Inputs.nonEmpty(command.seats(), "seats").stream()
                                             .map(seat -> Inputs.required(seat, "seats")).toList());
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        Congress c = congresses.get(command.congressOrdinal());
        CongressStep step = step(command.congressOrdinal(), Step.RECORD_ELECTION, decision,
                                 body == GoverningBodyType.BCH ? EnumSet.of(DecisionBody.DAI_HOI)
                                         : EnumSet.of(DecisionBody.BCH, DecisionBody.DAI_HOI),
                                 decision.date(), clock);
        ELECTION.enforce(new Election(step, body, seats,
                body == GoverningBodyType.BTV ? seats.stream().map(Seat::personId).collect(Collectors.toSet())
                        : c == null ? Set.of() : c.elected(GoverningBodyType.BTV),
                c == null ? Set.of() : c.elected(GoverningBodyType.BCH), rules));
        AggregateLifecycle.apply(new ElectionRecorded(unionId, c.ordinal(), c.opensTerm(), body, seats, decision));
        return congressOutcome(c.ordinal());
    }

    /**
     * Bế mạc: the term the congress opens becomes ACTIVE, the previous one CLOSED; its holdings end on this date
     * unless the same person was re-elected to the same position in the same body, whose service continues.
     */
    @CommandHandler
    public Outcome handle(CloseCongress command, Clock clock) {
        LocalDate closedOn = Inputs.required(command.closedOn(), "closedOn");
        CLOSING.enforce(step(command.congressOrdinal(), Step.CLOSE, null, Set.of(), closedOn, clock));
        Congress c = congresses.get(command.congressOrdinal());
        AggregateLifecycle.apply(new CongressClosed(unionId, c.ordinal(), c.opensTerm(), closedOn, c.delegatesPresent(),
                                                    c.delegatesConvened()));
        Map<String, OfficeHolding> continued = new LinkedHashMap<>();
        for (OfficeHolding h : current()) {
            Optional<Seat> again = c.seat(h.body(), h.personId(), h.position());
            if (again.isPresent()) {
                continued.put(h.seatKey(), h);
            } else {
                AggregateLifecycle.apply(new OfficeHoldingEnded(unionId, h.id(), h.personId(), h.fullName(), h.body(),
                        h.position(), closedOn, TERM_ENDED_VI + " / " + TERM_ENDED_EN, null));
            }
        }
        if (activeTerm != null) {
            AggregateLifecycle.apply(new TermClosed(unionId, activeTerm, closedOn, c.ordinal()));
        }
        AggregateLifecycle.apply(new TermStarted(unionId, c.opensTerm(), closedOn, c.ordinal()));
        for (ElectionRecorded election : c.elections().values()) {
            for (Seat seat : election.seats()) {
                OfficeHolding earlier = continued.get(election.body() + "|" + seat.personId() + "|" + seat.position());
                AggregateLifecycle.apply(new OfficeHoldingStarted(unionId,
                        earlier != null ? earlier.id() : nextHoldingId(), c.opensTerm(), seat.personId(), seat.fullName(),
                        election.body(), seat.position(), seat.mode(),
                        earlier != null ? earlier.from() : election.decision().date(),
                        earlier != null ? HoldingBasis.RE_ELECTED : HoldingBasis.ELECTED, c.ordinal(),
                        election.decision()));
            }
        }
        return outcome(CongressStatus.CLOSED.name());
    }

    // --- office holdings between congresses ----------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(AppointOfficeHolder command, Clock clock) {
        GoverningBodyType body = Inputs.required(command.body(), "body");
        Seat seat = Inputs.required(command.seat(), "seat");
        DecisionRef decision = Inputs.required(command.decision(), "decision");
        APPOINTING.enforce(new Appointment(body, seat, decision, activeTerm == null ? null : terms.get(activeTerm),
                                           current(), Clocks.today(clock)));
        String holdingId = nextHoldingId();
        AggregateLifecycle.apply(new OfficeHoldingStarted(unionId, holdingId, activeTerm, seat.personId(),
                seat.fullName(), body, seat.position(), seat.mode(), decision.date(), HoldingBasis.APPOINTED,
                null, decision));
        // The new holding's id (needed to end it later) with the union's version, as a started membership answers.
        return new Outcome(holdingId, "CURRENT", AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(EndOfficeHolding command, Clock clock) {
        LocalDate until = Inputs.required(command.until(), "until");
        String reason = Inputs.text(command.reason(), "reason");
        OfficeHolding h = holdings.get(command.holdingId());
        ENDING_HOLDING.enforce(new HoldingEnd(command.holdingId(), h, until, current(), Clocks.today(clock)));
        AggregateLifecycle.apply(new OfficeHoldingEnded(unionId, h.id(), h.personId(), h.fullName(), h.body(),
                                                        h.position(), until, reason, command.decision()));
        return outcome("ENDED");
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TermPlanned e) {
        unionId = e.unionId();
        terms.put(e.ordinal(), new Term(e.ordinal(), e.startYear(), e.endYear(), TermStatus.PLANNED, null));
    }

    @EventSourcingHandler
    void on(CongressPlanned e) {
        congresses.put(e.ordinal(), Congress.planned(e.ordinal(), e.opensTermOrdinal()));
    }

    @EventSourcingHandler
    void on(CongressStepTaken e) {
        congresses.computeIfPresent(e.congressOrdinal(), (ordinal, c) -> c.after(e));
    }

    @EventSourcingHandler
    void on(TermStarted e) {
        terms.computeIfPresent(e.ordinal(), (ordinal, t) -> t.with(TermStatus.ACTIVE, e.startedOn()));
        activeTerm = e.ordinal();
    }

    @EventSourcingHandler
    void on(TermClosed e) {
        terms.computeIfPresent(e.ordinal(), (ordinal, t) -> t.with(TermStatus.CLOSED, t.startedOn()));
        if (Integer.valueOf(e.ordinal()).equals(activeTerm)) {
            activeTerm = null;
        }
    }

    @EventSourcingHandler
    void on(OfficeHoldingStarted e) {
        if (e.basis() != HoldingBasis.RE_ELECTED) {
            holdingCounter++;
        }
        holdings.put(e.holdingId(), new OfficeHolding(e.holdingId(), e.personId(), e.fullName(), e.body(),
                                                      e.position(), e.from(), null));
    }

    @EventSourcingHandler
    void on(OfficeHoldingEnded e) {
        holdings.computeIfPresent(e.holdingId(), (id, h) -> h.endedOn(e.until()));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private CongressStep step(int ordinal, Step step, DecisionRef decision, Set<DecisionBody> authorised,
                              LocalDate date, Clock clock) {
        return new CongressStep(ordinal, congresses.get(ordinal), step, decision, authorised, date,
                                Clocks.today(clock));
    }

    /** The founding congress is prepared by the founding authority: there is no BTV or BCH yet. */
    private boolean founding() {
        return terms.values().stream().allMatch(t -> t.status() == TermStatus.PLANNED);
    }

    private List<OfficeHolding> current() {
        return holdings.values().stream().filter(OfficeHolding::isCurrent).toList();
    }

    private String nextHoldingId() {
        return "h" + (holdingCounter + 1);
    }

    private static void positive(int value, String field) {
        Inputs.positive(value, field);
    }

    private Outcome congressOutcome(int ordinal) {
        return outcome(congresses.get(ordinal).status().name());
    }

    private Outcome outcome(String status) {
        return new Outcome(unionId, status, AggregateLifecycle.getVersion());
    }
}
