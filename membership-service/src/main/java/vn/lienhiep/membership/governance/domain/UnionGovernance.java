package vn.lienhiep.membership.governance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.governance.domain.CongressStatus.Step;
import vn.lienhiep.membership.governance.domain.GovernanceCommands.*;
import vn.lienhiep.membership.governance.domain.GovernanceEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.text.VietnameseText;

import static vn.lienhiep.membership.common.domain.DatePolicies.*;
import static vn.lienhiep.membership.governance.domain.GovernancePolicies.*;

/**
 * A union's terms, congresses, governing bodies and office holdings. ONE aggregate per union on purpose: the
 * invariants span all of them ("exactly one ACTIVE term", "BTV ⊂ BCH", "the Chair sits on the BTV", "holdings end
 * when the term closes unless re-elected"), and the volume is tiny (a congress every five years).
 */
@AggregateRoot
public class UnionGovernance {

    public static final String TERM_ENDED_VI = "Hết nhiệm kỳ";
    public static final String TERM_ENDED_EN = "Term ended";

    @AggregateIdentifier
    private String unionId;
    private final Map<Integer, TermState> terms = new TreeMap<>();
    private Integer activeTerm;
    private final Map<Integer, CongressState> congresses = new TreeMap<>();
    private final Map<String, Holding> holdings = new LinkedHashMap<>();
    private int holdingCounter;

    protected UnionGovernance() {
        // for Axon
    }

    // --- terms and congress planning ----------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(PlanTerm command, MembershipRules rules) {
        String label = VietnameseText.clean(command.displayLabel());
        if (command.ordinal() < 1 || label == null || label.isEmpty()) {
            throw new IllegalArgumentException("a term needs an ordinal >= 1 and a display label");
        }
        if (command.startYear() < 1900 || command.endYear() > 2200 || command.endYear() < command.startYear()) {
            throw new IllegalArgumentException("a term runs from startYear to an endYear not before it");
        }
        termTooLong(command.startYear(), command.endYear(), rules.maxTermYears()).ifPresent(UnionGovernance::refuse);
        if (terms.containsKey(command.ordinal())) {
            refuse(duplicateTerm(command.ordinal()));
        }
        terms.values().stream()
             .filter(t -> overlaps(command.startYear(), command.endYear(), t.startYear(), t.endYear())).findFirst()
             .ifPresent(t -> refuse(termOverlap(command.ordinal(), t.ordinal(), t.startYear(), t.endYear())));
        AggregateLifecycle.apply(new TermPlanned(command.unionId(), command.ordinal(), label, command.startYear(),
                                                 command.endYear()));
        return outcome(TermStatus.PLANNED.name());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(PlanCongress command) {
        if (command.ordinal() < 1 || command.kind() == null) {
            throw new IllegalArgumentException("a congress needs an ordinal >= 1 and a kind");
        }
        if (congresses.containsKey(command.ordinal())) {
            refuse(duplicateCongress(command.ordinal()));
        }
        TermState term = terms.get(command.opensTermOrdinal());
        if (term == null) {
            refuse(unknownTerm(command.opensTermOrdinal()));
        }
        if (term.status() != TermStatus.PLANNED) {
            refuse(termNotPlanned(term.ordinal(), term.status()));
        }
        congresses.values().stream().filter(c -> c.opensTerm() == command.opensTermOrdinal()).findFirst()
                  .ifPresent(c -> refuse(termTaken(command.opensTermOrdinal(), c.ordinal())));
        String label = VietnameseText.clean(command.displayLabel());
        AggregateLifecycle.apply(new CongressPlanned(unionId, command.ordinal(),
                label == null || label.isEmpty() ? "Đại hội lần thứ " + command.ordinal() : label, command.kind(),
                VietnameseText.clean(command.plannedQuarter()), command.opensTermOrdinal()));
        return outcome(CongressStatus.PLANNING.name());
    }

    // --- congress steps -------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(FormOrganisingCommittee command, Clock clock) {
        requireDecision(command.decision());
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.FORM_ORGANISING_COMMITTEE));
        Policy.enforce(command.decision(), issuedBy(founding() ? EnumSet.of(DecisionBody.BTV, DecisionBody.UBND_TINH,
                DecisionBody.SO_NOI_VU) : EnumSet.of(DecisionBody.BTV)));
        checkDate(command.decision().date(), c.lastStepDate(), clock);
        AggregateLifecycle.apply(new OrganisingCommitteeFormed(unionId, c.ordinal(), command.decision()));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    @CommandHandler
    public Outcome handle(ApproveDocuments command, Clock clock) {
        requireDecision(command.decision());
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.APPROVE_DOCUMENTS));
        Policy.enforce(command.decision(), issuedBy(founding() ? EnumSet.of(DecisionBody.BCH, DecisionBody.UBND_TINH,
                DecisionBody.SO_NOI_VU) : EnumSet.of(DecisionBody.BCH)));
        checkDate(command.decision().date(), c.lastStepDate(), clock);
        Set<CongressDocument> documents = command.documents() == null || command.documents().isEmpty()
                ? EnumSet.noneOf(CongressDocument.class) : EnumSet.copyOf(command.documents());
        AggregateLifecycle.apply(new CongressDocumentsApproved(unionId, c.ordinal(), documents, command.decision()));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    @CommandHandler
    public Outcome handle(RecordPartyApproval command, Clock clock) {
        requireDecision(command.decision());
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.RECORD_PARTY_APPROVAL));
        Policy.enforce(command.decision(), issuedBy(EnumSet.of(DecisionBody.TINH_UY)));
        checkDate(command.decision().date(), c.lastStepDate(), clock);
        AggregateLifecycle.apply(new PartyApprovalRecorded(unionId, c.ordinal(), command.decision()));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    @CommandHandler
    public Outcome handle(Convene command, Clock clock) {
        if (command.on() == null || command.delegatesConvened() <= 0) {
            throw new IllegalArgumentException("convening needs a date and a number of convened delegates > 0");
        }
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.CONVENE));
        checkDate(command.on(), c.lastStepDate(), clock);
        AggregateLifecycle.apply(new CongressConvened(unionId, c.ordinal(), command.on(), command.delegatesConvened()));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    @CommandHandler
    public Outcome handle(CheckQuorum command, MembershipRules rules, Clock clock) {
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.CHECK_QUORUM));
        if (command.delegatesPresent() < 0 || command.delegatesPresent() > c.delegatesConvened()) {
            throw new IllegalArgumentException("delegates present must be between 0 and the " + c.delegatesConvened()
                                               + " convened");
        }
        LocalDate on = command.on() != null ? command.on() : c.lastStepDate();
        checkDate(on, c.lastStepDate(), clock);
        AggregateLifecycle.apply(new QuorumChecked(unionId, c.ordinal(), on, command.delegatesPresent(),
                c.delegatesConvened(), rules.isQuorate(command.delegatesPresent(), c.delegatesConvened())));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    @CommandHandler
    public Outcome handle(RecordElection command, MembershipRules rules, Clock clock) {
        if (command.body() == null || command.seats() == null || command.seats().isEmpty()
            || command.seats().stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("an election names its body and at least one seat");
        }
        requireDecision(command.decision());
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.RECORD_ELECTION));
        GoverningBodyType body = command.body();
        List<Seat> seats = List.copyOf(command.seats());
        if (c.elections().containsKey(body)) {
            refuse(alreadyElected(body, c.ordinal()));
        }
        Policy.enforce(command.decision(), issuedBy(body == GoverningBodyType.BCH ? EnumSet.of(DecisionBody.DAI_HOI)
                : EnumSet.of(DecisionBody.BCH, DecisionBody.DAI_HOI)));
        checkDate(command.decision().date(), c.lastStepDate(), clock);
        checkSeats(body, seats, body == GoverningBodyType.BTV ? personIds(seats) : c.elected(GoverningBodyType.BTV),
                   c.elected(GoverningBodyType.BCH));
        seats.forEach(seat -> Policy.enforce(seat, majority(rules)));
        AggregateLifecycle.apply(new ElectionRecorded(unionId, c.ordinal(), c.opensTerm(), body, seats,
                                                      command.decision()));
        return outcome(congresses.get(c.ordinal()).status().name());
    }

    /**
     * Bế mạc: the term the congress opens becomes ACTIVE, the previous one CLOSED; its holdings end on this date
     * unless the same person was re-elected to the same position in the same body, whose service continues.
     */
    @CommandHandler
    public Outcome handle(CloseCongress command, Clock clock) {
        if (command.closedOn() == null) {
            throw new IllegalArgumentException("closing needs a date");
        }
        CongressState c = congress(command.congressOrdinal());
        Policy.enforce(c.status(), stepAllowed(Step.CLOSE));
        if (!c.elections().containsKey(GoverningBodyType.BCH)) {
            refuse(bchNotElected(c.ordinal()));
        }
        LocalDate closedOn = command.closedOn();
        checkDate(closedOn, c.lastStepDate(), clock);
        AggregateLifecycle.apply(new CongressClosed(unionId, c.ordinal(), c.opensTerm(), closedOn, c.delegatesPresent(),
                                                    c.delegatesConvened()));
        Map<String, Holding> continued = new LinkedHashMap<>();
        for (Holding h : current()) {
            Optional<Seat> again = c.seat(h.body(), h.personId(), h.position());
            if (again.isPresent()) {
                continued.put(key(h.body(), h.personId(), h.position()), h);
            } else {
                AggregateLifecycle.apply(new OfficeHoldingEnded(unionId, h.id(), h.personId(), h.fullName(), h.body(),
                        h.position(), closedOn, TERM_ENDED_VI + " / " + TERM_ENDED_EN, null));
            }
        }
        Integer previous = activeTerm;
        if (previous != null) {
            AggregateLifecycle.apply(new TermClosed(unionId, previous, closedOn, c.ordinal()));
        }
        AggregateLifecycle.apply(new TermStarted(unionId, c.opensTerm(), closedOn, c.ordinal()));
        for (ElectionRecorded election : c.elections().values()) {
            for (Seat seat : election.seats()) {
                Holding earlier = continued.get(key(election.body(), seat.personId(), seat.position()));
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
        if (command.body() == null || command.seat() == null || command.decision() == null) {
            throw new IllegalArgumentException("an appointment names a body, a seat and a decision");
        }
        if (activeTerm == null) {
            refuse(noActiveTerm());
        }
        GoverningBodyType body = command.body();
        Seat seat = command.seat();
        Policy.enforce(command.decision(), issuedBy(EnumSet.of(DecisionBody.BCH)));
        checkDate(command.decision().date(), terms.get(activeTerm).startedOn(), clock);
        List<Holding> current = current();
        if (current.stream().anyMatch(h -> h.body() == body && h.position() == seat.position()
                                           && h.personId().equals(seat.personId()))) {
            refuse(alreadyHeld(seat, body));
        }
        if (seat.position().isSingle()) {
            current.stream().filter(h -> h.body() == body && h.position() == seat.position()).findFirst()
                   .ifPresent(h -> refuse(positionOccupied(body, seat.position(), h.fullName())));
        }
        checkSeats(body, List.of(seat),
                   body == GoverningBodyType.BTV ? Set.of(seat.personId()) : holders(current, GoverningBodyType.BTV),
                   holders(current, GoverningBodyType.BCH));
        String holdingId = nextHoldingId();
        AggregateLifecycle.apply(new OfficeHoldingStarted(unionId, holdingId, activeTerm, seat.personId(),
                seat.fullName(), body, seat.position(), seat.mode(), command.decision().date(), HoldingBasis.APPOINTED,
                null, command.decision()));
        // The new holding's id (needed to end it later) with the union's version, as a started membership answers.
        return new Outcome(holdingId, "CURRENT", AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(EndOfficeHolding command, Clock clock) {
        String reason = VietnameseText.clean(command.reason());
        if (command.until() == null || reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("ending an office holding needs a date and a reason");
        }
        Holding h = holdings.get(command.holdingId());
        if (h == null) {
            refuse(unknownHolding(command.holdingId()));
        }
        if (h.until() != null) {
            refuse(holdingNotCurrent(h.id(), h.until()));
        }
        checkDate(command.until(), h.from(), clock);
        checkNoDependentSeat(h);
        AggregateLifecycle.apply(new OfficeHoldingEnded(unionId, h.id(), h.personId(), h.fullName(), h.body(), h.position(),
                                                        command.until(), reason, command.decision()));
        return outcome("ENDED");
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TermPlanned e) {
        unionId = e.unionId();
        terms.put(e.ordinal(), new TermState(e.ordinal(), e.startYear(), e.endYear(), TermStatus.PLANNED, null));
    }

    @EventSourcingHandler
    void on(CongressPlanned e) {
        congresses.put(e.ordinal(), CongressState.planned(e.ordinal(), e.opensTermOrdinal()));
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
        holdings.put(e.holdingId(), new Holding(e.holdingId(), e.personId(), e.fullName(), e.body(), e.position(),
                                                e.from(), null));
    }

    @EventSourcingHandler
    void on(OfficeHoldingEnded e) {
        holdings.computeIfPresent(e.holdingId(), (id, h) -> new Holding(h.id(), h.personId(), h.fullName(), h.body(),
                                                                        h.position(), h.from(), e.until()));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** The seat rules shared by elections and appointments. */
    private static void checkSeats(GoverningBodyType body, List<Seat> seats, Set<String> btv, Set<String> bch) {
        Set<String> seen = new HashSet<>();
        for (Seat seat : seats) {
            if (!seen.add(seat.personId())) {
                refuse(duplicateSeat(body, seat.personId()));
            }
        }
        seats.stream().filter(s -> s.position() == Position.CHAIR && !btv.contains(s.personId())).findFirst()
             .ifPresent(chair -> refuse(chairNotInBtv(chair)));
        if (body == GoverningBodyType.THUONG_TRUC) {
            List<Seat> outsiders = seats.stream().filter(s -> !btv.contains(s.personId())).toList();
            if (!outsiders.isEmpty()) {
                refuse(officerNotInBtv(outsiders));
            }
        }
        seats.stream().filter(s -> !Position.allowedIn(body).contains(s.position())).findFirst()
             .ifPresent(s -> refuse(positionNotInBody(body, s.position())));
        Map<Position, Long> counts = seats.stream().collect(Collectors.groupingBy(Seat::position,
                () -> new EnumMap<>(Position.class), Collectors.counting()));
        counts.forEach((position, n) -> {
            if (position.isSingle() && n > 1) {
                refuse(singlePositionRepeated(body, position));
            }
        });
        if (body != GoverningBodyType.BCH) {
            List<Seat> outsiders = seats.stream().filter(s -> !bch.contains(s.personId())).toList();
            if (!outsiders.isEmpty()) {
                refuse(notInBch(body, outsiders));
            }
        }
    }

    private static void requireDecision(DecisionRef decision) {
        if (decision == null) {
            throw new IllegalArgumentException("this act needs a decision reference");
        }
    }

    private CongressState congress(int ordinal) {
        CongressState c = congresses.get(ordinal);
        if (c == null) {
            refuse(unknownCongress(ordinal));
        }
        return c;
    }

    /** The founding congress is prepared by the founding authority: there is no BTV or BCH yet. */
    private boolean founding() {
        return terms.values().stream().allMatch(t -> t.status() == TermStatus.PLANNED);
    }

    private List<Holding> current() {
        return holdings.values().stream().filter(h -> h.until() == null).toList();
    }

    private static Set<String> holders(List<Holding> current, GoverningBodyType body) {
        return current.stream().filter(h -> h.body() == body).map(h -> h.personId()).collect(Collectors.toSet());
    }

    private static Set<String> personIds(List<Seat> seats) {
        return seats.stream().map(Seat::personId).collect(Collectors.toSet());
    }

    private String nextHoldingId() {
        return "h" + (holdingCounter + 1);
    }

    private static String key(GoverningBodyType body, String personId, Position position) {
        return body + "|" + personId + "|" + position;
    }

    private static void checkDate(LocalDate date, LocalDate previous, Clock clock) {
        Policy.enforce(date, notInFuture(Clocks.today(clock)), notBefore(previous));
    }

    /**
     * BTV ⊂ BCH and Thường trực ⊂ BTV hold between congresses too: a person leaving their last seat on a body must
     * first leave the body that depends on it (e.g. end the Chair's BTV seat before their BCH seat).
     */
    private void checkNoDependentSeat(Holding ending) {
        GoverningBodyType dependent = switch (ending.body()) {
            case BCH -> GoverningBodyType.BTV;
            case BTV -> GoverningBodyType.THUONG_TRUC;
            case THUONG_TRUC -> null;
        };
        List<Holding> current = current();
        boolean keepsAnotherSeat = current.stream().anyMatch(o -> !o.id().equals(ending.id())
                && o.body() == ending.body() && o.personId().equals(ending.personId()));
        if (dependent == null || keepsAnotherSeat) {
            return;
        }
        List<String> blocking = current.stream()
                .filter(o -> o.body() == dependent && o.personId().equals(ending.personId()))
                .map(Holding::id).toList();
        if (!blocking.isEmpty()) {
            refuse(dependentSeat(ending.fullName(), ending.body(), dependent, blocking));
        }
    }

    private static void refuse(Rejection rejection) {
        throw rejection.asException();
    }

    private Outcome outcome(String status) {
        return new Outcome(unionId, status, AggregateLifecycle.getVersion());
    }

    // State values are records (Axon's fixture compares state after re-sourcing by equality).

    private record TermState(int ordinal, int startYear, int endYear, TermStatus status, LocalDate startedOn) {
        TermState with(TermStatus newStatus, LocalDate newStartedOn) {
            return new TermState(ordinal, startYear, endYear, newStatus, newStartedOn);
        }
    }

    private record CongressState(int ordinal, int opensTerm, CongressStatus status, LocalDate lastStepDate,
                                 int delegatesConvened, int delegatesPresent,
                                 Map<GoverningBodyType, ElectionRecorded> elections) {

        static CongressState planned(int ordinal, int opensTerm) {
            return new CongressState(ordinal, opensTerm, CongressStatus.PLANNING, null, 0, 0, Map.of());
        }

        CongressState after(CongressStepTaken e) {
            int convened = e instanceof CongressConvened c ? c.delegatesConvened() : delegatesConvened;
            int present = e instanceof QuorumChecked q ? q.delegatesPresent() : delegatesPresent;
            Map<GoverningBodyType, ElectionRecorded> bodies = elections;
            if (e instanceof ElectionRecorded election) {
                bodies = new EnumMap<>(GoverningBodyType.class);
                bodies.putAll(elections);
                bodies.put(election.body(), election);
            }
            return new CongressState(ordinal, opensTerm, e.status(), e.effectiveDate(), convened, present, bodies);
        }

        Set<String> elected(GoverningBodyType body) {
            ElectionRecorded election = elections.get(body);
            return election == null ? Set.of() : personIds(election.seats());
        }

        Optional<Seat> seat(GoverningBodyType body, String personId, Position position) {
            ElectionRecorded election = elections.get(body);
            return election == null ? Optional.empty() : election.seats().stream()
                    .filter(s -> s.personId().equals(personId) && s.position() == position).findFirst();
        }
    }

    private record Holding(String id, String personId, String fullName, GoverningBodyType body, Position position,
                           LocalDate from, LocalDate until) {
    }
}
