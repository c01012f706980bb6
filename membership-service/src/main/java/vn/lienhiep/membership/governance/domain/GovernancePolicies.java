package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.membership.common.domain.MembershipRules;

import static vn.lienhiep.membership.common.domain.MembershipDates.*;

/**
 * The named rules of terms, congresses, elections and office holdings
 * (docs/domain/membership.md#governance-rules): one policy per act over a small record of what its rules see,
 * enforced by {@link UnionGovernance} before it applies an event. Each refusal carries a stable rule code (422) and
 * messages in Vietnamese and English.
 */
public final class GovernancePolicies {

    private GovernancePolicies() {
    }

    // --- what the acts' rules look at ----------------------------------------------------------------------------

    record TermPlan(int ordinal, int startYear, int endYear, Collection<Term> terms, MembershipRules rules) {
    }

    /**
     * @param term        the term the congress would open, null if there is none of that ordinal
     * @param openedBy    the congress that already opens that term, null if none
     */
    record CongressPlan(int ordinal, boolean ordinalTaken, int termOrdinal, Term term, Integer openedBy) {
    }

    /**
     * A step of a congress.
     *
     * @param congress   null when the union has no congress of that ordinal
     * @param decision   null for the steps that take no decision (convene, quorum, close)
     * @param authorised the bodies whose decision this step accepts
     */
    record CongressStep(int ordinal, Congress congress, CongressStatus.Step step, DecisionRef decision,
                        Set<DecisionBody> authorised, LocalDate date, LocalDate today) {
    }

    /** An election: the step, and the seats with the bodies they must already sit on. */
    record Election(CongressStep step, GoverningBodyType body, List<Seat> seats, Set<String> btv, Set<String> bch,
                    MembershipRules rules) {
    }

    /** An appointment between congresses (bầu bổ sung). */
    record Appointment(GoverningBodyType body, Seat seat, DecisionRef decision, Term activeTerm,
                       List<OfficeHolding> current, LocalDate today) {
    }

    /** @param holding null when the union has no holding of that id */
    record HoldingEnd(String holdingId, OfficeHolding holding, LocalDate until, List<OfficeHolding> current,
                      LocalDate today) {
    }

    // --- terms and congress planning ---------------------------------------------------------------------------

    /** MEM-GOV-1, MEM-GOV-2. */
    static final Policy<TermPlan> PLANNING_TERM = Policy.allOf(
            plan -> plan.endYear() - plan.startYear() <= plan.rules().maxTermYears() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.term.too-long",
                                 "Nhiệm kỳ " + plan.startYear() + "–" + plan.endYear() + " dài hơn "
                                 + plan.rules().maxTermYears() + " năm.",
                                 "The term " + plan.startYear() + "–" + plan.endYear() + " is longer than "
                                 + plan.rules().maxTermYears() + " years.")
                             .with("startYear", plan.startYear()).with("endYear", plan.endYear())
                             .with("maxTermYears", plan.rules().maxTermYears())),
            plan -> plan.terms().stream().noneMatch(t -> t.ordinal() == plan.ordinal()) ? Policy.allow()
                    : Optional.of(Rejection.of("membership.term.duplicate-ordinal",
                                               "Nhiệm kỳ thứ " + plan.ordinal() + " đã có.",
                                               "Term " + plan.ordinal() + " already exists.")
                                           .with("ordinal", plan.ordinal())),
            plan -> plan.terms().stream().filter(t -> t.overlaps(plan.startYear(), plan.endYear())).findFirst()
                    .map(t -> Rejection.of("membership.term.overlap",
                            "Nhiệm kỳ " + plan.ordinal() + " trùng thời gian với nhiệm kỳ " + t.ordinal() + " ("
                            + t.startYear() + "–" + t.endYear() + ").",
                            "Term " + plan.ordinal() + " overlaps term " + t.ordinal() + " (" + t.startYear() + "–"
                            + t.endYear() + ").").with("otherOrdinal", t.ordinal())));

    /** MEM-GOV-3: a congress opens one planned term, and a term is opened by one congress. */
    static final Policy<CongressPlan> PLANNING_CONGRESS = Policy.allOf(
            plan -> !plan.ordinalTaken() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.congress.duplicate-ordinal", "Đại hội lần " + plan.ordinal() + " đã có.",
                                 "Congress " + plan.ordinal() + " already exists.").with("ordinal", plan.ordinal())),
            plan -> plan.term() != null ? Policy.allow() : Optional.of(
                    Rejection.of("membership.term.unknown", "Chưa có nhiệm kỳ thứ " + plan.termOrdinal() + ".",
                                 "There is no term " + plan.termOrdinal() + ".")
                             .with("termOrdinal", plan.termOrdinal())),
            plan -> plan.term().status() == TermStatus.PLANNED ? Policy.allow() : Optional.of(
                    Rejection.of("membership.term.not-planned",
                                 "Nhiệm kỳ " + plan.termOrdinal() + " đã " + plan.term().status().labelVi().toLowerCase()
                                 + "; đại hội chỉ mở nhiệm kỳ dự kiến.",
                                 "Term " + plan.termOrdinal() + " is " + plan.term().status().labelEn().toLowerCase()
                                 + "; a congress opens only a planned term.")
                             .with("termOrdinal", plan.termOrdinal()).with("status", plan.term().status().name())),
            plan -> plan.openedBy() == null ? Policy.allow() : Optional.of(
                    Rejection.of("membership.congress.term-taken",
                                 "Nhiệm kỳ " + plan.termOrdinal() + " đã được Đại hội lần " + plan.openedBy() + " mở.",
                                 "Term " + plan.termOrdinal() + " is already opened by congress " + plan.openedBy()
                                 + ".")
                             .with("termOrdinal", plan.termOrdinal()).with("congressOrdinal", plan.openedBy())));

    // --- congress steps ----------------------------------------------------------------------------------------

    static final Policy<CongressStep> CONGRESS_KNOWN = step -> step.congress() != null ? Policy.allow()
            : Optional.of(Rejection.of("membership.congress.unknown", "Chưa có Đại hội lần " + step.ordinal() + ".",
                                       "There is no congress " + step.ordinal() + ".")
                                   .with("congressOrdinal", step.ordinal()));

    /** MEM-GOV-4: the steps follow the congress's state machine. */
    static final Policy<CongressStep> STEP_ALLOWED = step -> {
        CongressStatus status = step.congress().status();
        return step.step().from().contains(status) ? Policy.allow() : Optional.of(
                Rejection.of("membership.congress.transition-not-allowed",
                             "Không thể thực hiện bước này khi đại hội đang ở trạng thái \"" + status.labelVi() + "\".",
                             "Cannot " + step.step().name().toLowerCase().replace('_', ' ') + " while the congress is "
                             + status.labelEn().toLowerCase() + ".")
                         .with("status", status.name())
                         .with("allowedFrom", step.step().from().stream().map(Enum::name).sorted().toList()));
    };

    /** MEM-GOV-5: a step's decision comes from the body the table names. */
    static final Policy<CongressStep> DECIDED_BY_AUTHORISED_BODY = step -> step.decision() == null ? Policy.allow()
            : issuedBy(step.decision(), step.authorised());

    /** MEM-GOV-12: not in the future, not before the previous step. */
    static final Policy<CongressStep> STEP_DATED = step -> dated(step.date(), step.congress().lastStepDate(),
                                                                 step.today());

    /** Every step of a congress but the election (which checks more between these). */
    static final Policy<CongressStep> CONGRESS_STEP = Policy.allOf(CONGRESS_KNOWN, STEP_ALLOWED,
                                                                   DECIDED_BY_AUTHORISED_BODY, STEP_DATED);

    /** MEM-GOV-9: a congress closes only after electing a BCH. */
    static final Policy<CongressStep> CLOSING = Policy.allOf(CONGRESS_KNOWN, STEP_ALLOWED,
            step -> step.congress().elections().containsKey(GoverningBodyType.BCH) ? Policy.allow() : Optional.of(
                    Rejection.of("membership.congress.bch-not-elected",
                                 "Đại hội lần " + step.ordinal() + " chưa bầu Ban Chấp hành.",
                                 "Congress " + step.ordinal() + " has not elected an Executive Committee.")
                             .with("congressOrdinal", step.ordinal())),
            STEP_DATED);

    /** MEM-GOV-7: [A] elected with more than the charter's share of the valid votes, where votes are recorded. */
    static Optional<Rejection> majority(Seat seat, MembershipRules rules) {
        return seat.votes() == null || rules.isElected(seat.votes(), seat.validVotes()) ? Policy.allow()
                : Optional.of(Rejection.of("membership.election.no-majority",
                        seat.fullName() + " chỉ được " + seat.votes() + "/" + seat.validVotes()
                        + " phiếu hợp lệ, không quá " + rules.majorityNumerator() + "/" + rules.majorityDenominator() + ".",
                        seat.fullName() + " received " + seat.votes() + " of " + seat.validVotes()
                        + " valid votes, not more than " + rules.majorityNumerator() + "/" + rules.majorityDenominator() + ".")
                        .with("personId", seat.personId()).with("votes", seat.votes())
                        .with("validVotes", seat.validVotes()));
    }

    /** The congress elects the BCH; the BCH (or the congress) elects the BTV and the standing officers. */
    static final Policy<Election> ELECTION = Policy.allOf(
            e -> CONGRESS_KNOWN.check(e.step()), e -> STEP_ALLOWED.check(e.step()),
            e -> !e.step().congress().elections().containsKey(e.body()) ? Policy.allow() : Optional.of(
                    Rejection.of("membership.election.already-recorded",
                                 "Kết quả bầu " + e.body().labelVi() + " của Đại hội lần " + e.step().ordinal()
                                 + " đã được ghi nhận.",
                                 "The election of the " + e.body().labelEn() + " at congress " + e.step().ordinal()
                                 + " is already recorded.")
                             .with("body", e.body().name()).with("congressOrdinal", e.step().ordinal())),
            e -> DECIDED_BY_AUTHORISED_BODY.check(e.step()), e -> STEP_DATED.check(e.step()),
            e -> composition(e.body(), e.seats(), e.btv(), e.bch()),
            e -> e.seats().stream().map(seat -> majority(seat, e.rules())).flatMap(Optional::stream).findFirst());

    // --- office holdings between congresses ----------------------------------------------------------------------

    /** MEM-GOV-10. */
    static final Policy<Appointment> APPOINTING = Policy.allOf(
            a -> a.activeTerm() != null ? Policy.allow() : Policy.reject("membership.governance.no-active-term",
                    "Chưa có nhiệm kỳ đang diễn ra.", "There is no active term."),
            a -> issuedBy(a.decision(), Set.of(DecisionBody.BCH)),
            a -> dated(a.decision().date(), a.activeTerm().startedOn(), a.today()),
            a -> a.current().stream().noneMatch(h -> h.body() == a.body() && h.position() == a.seat().position()
                                                     && h.personId().equals(a.seat().personId()))
                    ? Policy.allow() : Optional.of(Rejection.of("membership.office-holding.already-held",
                            a.seat().fullName() + " đang giữ chức danh " + a.seat().position().labelVi() + " trong "
                            + a.body().labelVi() + ".",
                            a.seat().fullName() + " already holds " + a.seat().position().labelEn() + " in the "
                            + a.body().labelEn() + ".")
                    .with("personId", a.seat().personId()).with("position", a.seat().position().name())),
            a -> !a.seat().position().isSingle() ? Policy.allow() : a.current().stream()
                    .filter(h -> h.body() == a.body() && h.position() == a.seat().position()).findFirst()
                    .map(h -> Rejection.of("membership.office-holding.position-occupied",
                            a.body().labelVi() + " đã có " + a.seat().position().labelVi() + " (" + h.fullName() + ").",
                            "The " + a.body().labelEn() + " already has a " + a.seat().position().labelEn() + " ("
                            + h.fullName() + ").")
                            .with("body", a.body().name()).with("position", a.seat().position().name())),
            a -> composition(a.body(), List.of(a.seat()),
                             a.body() == GoverningBodyType.BTV ? Set.of(a.seat().personId())
                                     : holders(a.current(), GoverningBodyType.BTV),
                             holders(a.current(), GoverningBodyType.BCH)));

    /** MEM-GOV-11. */
    static final Policy<HoldingEnd> ENDING_HOLDING = Policy.allOf(
            end -> end.holding() != null ? Policy.allow() : Optional.of(
                    Rejection.of("membership.office-holding.unknown", "Không có chức danh " + end.holdingId() + ".",
                                 "There is no office holding " + end.holdingId() + ".")
                             .with("holdingId", end.holdingId())),
            end -> end.holding().isCurrent() ? Policy.allow() : Optional.of(
                    Rejection.of("membership.office-holding.not-current",
                                 "Chức danh này đã kết thúc ngày " + end.holding().until() + ".",
                                 "This office holding ended on " + end.holding().until() + ".")
                             .with("holdingId", end.holdingId()).with("until", end.holding().until().toString())),
            end -> dated(end.until(), end.holding().from(), end.today()),
            GovernancePolicies::noDependentSeat);

    // --- shared by the acts -------------------------------------------------------------------------------------

    private static Optional<Rejection> dated(LocalDate date, LocalDate previous, LocalDate today) {
        return DATES.notInFuture(today, EFFECTIVE).check(date)
                    .or(() -> DATES.notBefore(previous, EFFECTIVE, PREVIOUS_STEP).check(date));
    }

    private static Optional<Rejection> issuedBy(DecisionRef decision, Set<DecisionBody> allowed) {
        DecisionBody body = DecisionBody.of(decision.issuedBy());
        if (allowed.contains(body)) {
            return Policy.allow();
        }
        return Optional.of(Rejection.of("membership.decision.wrong-authority",
                        "Quyết định này phải do " + allowed.stream().map(DecisionBody::labelVi).sorted()
                                .collect(Collectors.joining(" hoặc ")) + " ban hành.",
                        "This decision must be issued by "
                        + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".")
                .with("issuedBy", body.name()).with("allowed", allowed.stream().map(Enum::name).sorted().toList()));
    }

    /**
     * MEM-GOV-8, shared by elections and appointments: one seat per person per body; the Chair sits on the BTV; the
     * standing officers sit on the BTV; each body has only its positions, one Chair and one Secretary-General; BTV
     * and standing officers sit on the BCH.
     */
    static Optional<Rejection> composition(GoverningBodyType body, List<Seat> seats, Set<String> btv, Set<String> bch) {
        Set<String> seen = new HashSet<>();
        for (Seat seat : seats) {
            if (!seen.add(seat.personId())) {
                return Optional.of(Rejection.of("membership.election.duplicate-seat",
                                "Một người chỉ có một ghế trong " + body.labelVi() + ".",
                                "A person has one seat in the " + body.labelEn() + ".")
                        .with("body", body.name()).with("personId", seat.personId()));
            }
        }
        Optional<Seat> chair = seats.stream().filter(s -> s.position() == Position.CHAIR && !btv.contains(s.personId()))
                                    .findFirst();
        if (chair.isPresent()) {
            return Optional.of(Rejection.of("membership.election.chair-not-in-btv",
                            "Chủ tịch phải là ủy viên Ban Thường vụ; " + chair.get().fullName()
                            + " chưa là ủy viên Ban Thường vụ.",
                            "The Chair must sit on the Standing Committee; " + chair.get().fullName() + " does not.")
                    .with("personId", chair.get().personId()));
        }
        if (body == GoverningBodyType.THUONG_TRUC) {
            List<Seat> outsiders = seats.stream().filter(s -> !btv.contains(s.personId())).toList();
            if (!outsiders.isEmpty()) {
                return Optional.of(Rejection.of("membership.election.officer-not-in-btv",
                                "Thường trực phải là ủy viên Ban Thường vụ; chưa là ủy viên: " + names(outsiders) + ".",
                                "Standing officers must sit on the Standing Committee; not members: "
                                + names(outsiders) + ".")
                        .with("personIds", outsiders.stream().map(Seat::personId).toList()));
            }
        }
        Optional<Seat> misplaced = seats.stream().filter(s -> !Position.allowedIn(body).contains(s.position()))
                                        .findFirst();
        if (misplaced.isPresent()) {
            Position position = misplaced.get().position();
            return Optional.of(Rejection.of("membership.election.position-not-in-body",
                            body.labelVi() + " không có chức danh " + position.labelVi() + ".",
                            "The " + body.labelEn() + " has no " + position.labelEn() + " seat.")
                    .with("body", body.name()).with("position", position.name())
                    .with("allowed", Position.allowedIn(body).stream().map(Enum::name).sorted().toList()));
        }
        Map<Position, Long> counts = seats.stream().collect(Collectors.groupingBy(Seat::position,
                () -> new EnumMap<>(Position.class), Collectors.counting()));
        Optional<Position> repeated = counts.entrySet().stream()
                .filter(c -> c.getKey().isSingle() && c.getValue() > 1).map(Map.Entry::getKey).findFirst();
        if (repeated.isPresent()) {
            return Optional.of(Rejection.of("membership.election.one-holder-per-position",
                            body.labelVi() + " chỉ có một " + repeated.get().labelVi() + ".",
                            "The " + body.labelEn() + " has one " + repeated.get().labelEn() + ".")
                    .with("body", body.name()).with("position", repeated.get().name()));
        }
        if (body != GoverningBodyType.BCH) {
            List<Seat> outsiders = seats.stream().filter(s -> !bch.contains(s.personId())).toList();
            if (!outsiders.isEmpty()) {
                return Optional.of(Rejection.of("membership.election.btv-not-in-bch",
                                body.labelVi() + " phải là ủy viên Ban Chấp hành; chưa là ủy viên: " + names(outsiders)
                                + ".",
                                "Members of the " + body.labelEn() + " must sit on the Executive Committee; not members: "
                                + names(outsiders) + ".")
                        .with("body", body.name()).with("personIds", outsiders.stream().map(Seat::personId).toList()));
            }
        }
        return Policy.allow();
    }

    /**
     * BTV ⊂ BCH and Thường trực ⊂ BTV hold between congresses too: a person leaving their last seat on a body must
     * first leave the body that depends on it (e.g. end the Chair's BTV seat before their BCH seat).
     */
    private static Optional<Rejection> noDependentSeat(HoldingEnd end) {
        OfficeHolding ending = end.holding();
        GoverningBodyType dependent = switch (ending.body()) {
            case BCH -> GoverningBodyType.BTV;
            case BTV -> GoverningBodyType.THUONG_TRUC;
            case THUONG_TRUC -> null;
        };
        boolean keepsAnotherSeat = end.current().stream().anyMatch(o -> !o.id().equals(ending.id())
                && o.body() == ending.body() && o.personId().equals(ending.personId()));
        if (dependent == null || keepsAnotherSeat) {
            return Policy.allow();
        }
        List<String> blocking = end.current().stream()
                .filter(o -> o.body() == dependent && o.personId().equals(ending.personId()))
                .map(OfficeHolding::id).toList();
        return blocking.isEmpty() ? Policy.allow() : Optional.of(
                Rejection.of("membership.office-holding.dependent-seat",
                             ending.fullName() + " còn giữ chức trong " + dependent.labelVi()
                             + "; hãy kết thúc chức đó trước khi rời " + ending.body().labelVi() + ".",
                             ending.fullName() + " still holds a seat on the " + dependent.labelEn()
                             + "; end it before leaving the " + ending.body().labelEn() + ".")
                         .with("blockingHoldings", blocking));
    }

    static Set<String> holders(List<OfficeHolding> current, GoverningBodyType body) {
        return current.stream().filter(h -> h.body() == body).map(OfficeHolding::personId).collect(Collectors.toSet());
    }

    private static String names(Collection<Seat> seats) {
        return seats.stream().map(Seat::fullName).collect(Collectors.joining(", "));
    }
}
