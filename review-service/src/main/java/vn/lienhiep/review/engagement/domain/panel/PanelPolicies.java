package vn.lienhiep.review.engagement.domain.panel;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.lienhiep.kernel.DatePolicies.DateName;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.Rejection;
import vn.lienhiep.kernel.interest.ConflictOfInterest;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.engagement.domain.InterestKind;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.PanelSeat;

import static vn.lienhiep.review.common.domain.ReviewDates.*;

/**
 * The panel's rules (docs/domain/review.md#rev-4, #rev-5, #rev-6): only active pool experts, nobody working for the
 * requester or the drafting body, answers and declarations from the invited, a confirmation only of cleared seats in
 * the composition the planned forms need, opinions only from the confirmed panel. One named value per act.
 */
public final class PanelPolicies {

    private PanelPolicies() {
    }

    /** Who the panel must be independent of: the requesting body and the body that drafted the proposal. */
    public record Parties(String requesterName, String draftingBody) {
    }

    // --- invitation ----------------------------------------------------------------------------------------------

    /**
     * What the rules of inviting an expert see. expert: the pool's active expert of that id, if any;
     * engagementAcceptedOn: the date of the union's decision to undertake the engagement.
     */
    public record Invitation(String expertId, boolean alreadyInvited, Optional<PoolExpert> expert, Parties parties,
                             LocalDate invitedOn, LocalDate engagementAcceptedOn, LocalDate today) {
    }

    static final Policy<Invitation> NOT_ALREADY_INVITED = i -> !i.alreadyInvited() ? Policy.allow()
            : Optional.of(Rejection.of("review.panel.already-invited", "Chuyên gia đã được mời vào hội đồng.",
                                       "The expert is already on the panel.").with("expertId", i.expertId()));

    static final Policy<Invitation> IN_THE_POOL = i -> i.expert().isPresent() ? Policy.allow()
            : Optional.of(notInPool(i.expertId()));

    static final Policy<Invitation> INDEPENDENT = i -> independent(i.expert().orElseThrow(), i.parties());

    /** REV-4, REV-14: an active pool expert, not yet on the panel, independent of the parties; dated sensibly. */
    public static final Policy<Invitation> INVITING = Policy.allOf(NOT_ALREADY_INVITED, IN_THE_POOL, INDEPENDENT,
            i -> dated(i.invitedOn(), i.engagementAcceptedOn(), i.today(), INVITATION, DECISION));

    // --- answers, declarations, removal --------------------------------------------------------------------------

    /** What the rules of an invited expert's answer, declaration or removal see. seat: null if not on the panel. */
    public record Answer(String expertId, Panel.Seat seat, LocalDate on, LocalDate today) {
    }

    static final Policy<Answer> ON_THE_PANEL = a -> a.seat() != null ? Policy.allow()
            : Optional.of(Rejection.of("review.panel.not-on-panel", "Chuyên gia không có trong hội đồng.",
                                       "The expert is not on the panel.").with("expertId", a.expertId()));

    static final Policy<Answer> NOT_YET_ACCEPTED = a -> !a.seat().accepted() ? Policy.allow()
            : Policy.reject("review.panel.already-accepted", "Chuyên gia đã nhận lời mời.",
                            "The expert has already accepted the invitation.");

    /** REV-4: an invited expert accepts once, by today, after being invited. */
    public static final Policy<Answer> ACCEPTING = Policy.allOf(ON_THE_PANEL, NOT_YET_ACCEPTED,
            a -> dated(a.on(), a.seat().invitedOn(), a.today(), INVITATION_ACCEPTED, INVITATION));
    /** An invited expert declines, by today, after being invited. */
    public static final Policy<Answer> DECLINING = Policy.allOf(ON_THE_PANEL,
            a -> dated(a.on(), a.seat().invitedOn(), a.today(), INVITATION_DECLINED, INVITATION));
    /** REV-4, REV-14: an invited expert's declaration, signed by today. */
    public static final Policy<Answer> DECLARING = Policy.allOf(ON_THE_PANEL,
            a -> DATES.notInFuture(a.today(), DECLARATION).check(a.on()));
    /** Only someone on the panel is removed from it. */
    public static final Policy<Answer> REMOVING = ON_THE_PANEL;

    // --- confirmation --------------------------------------------------------------------------------------------

    /** One seat at confirmation: the seat as the panel holds it and the pool's active expert of that id, if any. */
    public record SeatReview(String expertId, Panel.Seat seat, Optional<PoolExpert> inPool, Parties parties) {
    }

    static final Policy<SeatReview> SEAT_ACCEPTED = s -> s.seat().accepted() ? Policy.allow() : Optional.of(
            Rejection.of("review.panel.invitation-pending", "Chuyên gia chưa nhận lời mời.",
                         "The expert has not accepted the invitation yet.").with("expertId", s.expertId()));

    static final Policy<SeatReview> DECLARATION_SIGNED = s -> s.seat().declaration() != null ? Policy.allow()
            : Optional.of(Rejection.of("review.panel.declaration-missing",
                                       "Chuyên gia chưa ký bản tự khai xung đột lợi ích.",
                                       "The expert has not signed a conflict-of-interest declaration.")
                                   .with("expertId", s.expertId()));

    static final Policy<SeatReview> NO_INTEREST_DECLARED = s -> {
        Set<InterestKind> interests = s.seat().declaration().interests();
        if (interests.isEmpty()) {
            return Policy.allow();
        }
        InterestKind first = EnumSet.copyOf(interests).iterator().next();
        return Optional.of(Rejection.of("review.panel.conflict-declared",
                                        "Chuyên gia đã khai có xung đột lợi ích: " + first.labelVi() + ".",
                                        "The expert declared a conflict of interest: " + first.labelEn() + ".")
                                    .with("expertId", s.expertId()).with("interest", first.name()));
    };

    static final Policy<SeatReview> NON_DISCLOSURE_SIGNED = s -> s.seat().declaration().nonDisclosureSigned()
            ? Policy.allow() : Optional.of(Rejection.of("review.panel.non-disclosure-missing",
                                                        "Chuyên gia chưa ký cam kết bảo mật tài liệu.",
                                                        "The expert has not signed the non-disclosure acknowledgment.")
                                                    .with("expertId", s.expertId()));

    /** The pool may have changed since the invitation (a deactivation, a new employer). */
    static final Policy<SeatReview> STILL_IN_THE_POOL = s -> s.inPool().isPresent() ? Policy.allow()
            : Optional.of(notInPool(s.expertId()));

    static final Policy<SeatReview> STILL_INDEPENDENT = s -> independent(s.inPool().orElseThrow(), s.parties());

    /** REV-4, REV-8: a seat is cleared once accepted, declared without interests and non-disclosure signed. */
    public static final Policy<SeatReview> SEAT_CLEARED = Policy.allOf(SEAT_ACCEPTED, DECLARATION_SIGNED,
            NO_INTEREST_DECLARED, NON_DISCLOSURE_SIGNED, STILL_IN_THE_POOL, STILL_INDEPENDENT);

    /** What the rules of confirming the panel see. lastAcceptance: the latest date a seat's expert accepted. */
    public record Confirmation(List<SeatReview> seats, Set<ReviewForm> forms, ReviewRuleSet rules,
                               LocalDate formedOn, LocalDate lastAcceptance, LocalDate today) {

        List<PanelSeat> panelSeats() {
            return seats.stream().map(s -> new PanelSeat(s.expertId(), s.seat().role())).toList();
        }
    }

    static final Policy<Confirmation> EVERY_SEAT_CLEARED = c -> c.seats().stream().map(SEAT_CLEARED::check)
            .filter(Optional::isPresent).findFirst().orElse(Policy.allow());

    /** REV-5: council, expert group and workshop compositions; any panel has at least one member. */
    static final Policy<Confirmation> COMPOSED_FOR_THE_FORMS = c -> {
        List<PanelSeat> seats = c.panelSeats();
        Set<ReviewForm> forms = c.forms();
        ReviewRuleSet rules = c.rules();
        Map<PanelRole, Long> count = counts(seats);
        if (seats.isEmpty()) {
            return Policy.reject("review.panel.empty", "Hội đồng chưa có thành viên nào.", "The panel has no member.");
        }
        if (forms.contains(ReviewForm.COUNCIL)
            && (seats.size() < rules.councilMinMembers() || count.get(PanelRole.CHAIR) != 1
                || count.get(PanelRole.SECRETARY) != 1 || count.get(PanelRole.CRITIC) < rules.councilMinCritics())) {
            return Optional.of(Rejection.of("review.panel.council-composition",
                            "Hội đồng tư vấn cần ít nhất " + rules.councilMinMembers() + " thành viên, gồm đúng một"
                            + " chủ tịch, một thư ký và ít nhất " + rules.councilMinCritics() + " ủy viên phản biện.",
                            "A review council needs at least " + rules.councilMinMembers() + " members: exactly one"
                            + " chair, one secretary and at least " + rules.councilMinCritics() + " critics.")
                    .with("members", seats.size()).with("chairs", count.get(PanelRole.CHAIR))
                    .with("secretaries", count.get(PanelRole.SECRETARY))
                    .with("critics", count.get(PanelRole.CRITIC)));
        }
        if (forms.contains(ReviewForm.EXPERT_GROUP) && seats.size() < rules.expertGroupMinMembers()) {
            return Optional.of(Rejection.of("review.panel.expert-group-size",
                            "Tổ chuyên gia cần ít nhất " + rules.expertGroupMinMembers() + " thành viên.",
                            "An expert group needs at least " + rules.expertGroupMinMembers() + " members.")
                    .with("members", seats.size()).with("required", rules.expertGroupMinMembers()));
        }
        if (forms.contains(ReviewForm.WORKSHOP)
            && (count.get(PanelRole.CHAIR) < 1 || count.get(PanelRole.SECRETARY) < 1)) {
            return Policy.reject("review.panel.workshop-roles",
                                 "Hội thảo cần có người chủ trì và thư ký làm báo cáo viên.",
                                 "A workshop needs a chair and a secretary as rapporteur.");
        }
        return Policy.allow();
    };

    /** REV-4, REV-5, REV-14: every seat cleared, the composition the forms need, formed after the last acceptance. */
    public static final Policy<Confirmation> CONFIRMING = Policy.allOf(EVERY_SEAT_CLEARED, COMPOSED_FOR_THE_FORMS,
            c -> dated(c.formedOn(), c.lastAcceptance(), c.today(), PANEL_FORMED, INVITATION_ACCEPTED));

    // --- opinions ------------------------------------------------------------------------------------------------

    /** What the rules of an opinion see. */
    public record Opinion(String expertId, boolean confirmedMember, LocalDate submittedOn, LocalDate today) {
    }

    /** REV-6: only a confirmed member gives an opinion, dated by today. */
    public static final Policy<Opinion> OPINING = Policy.allOf(
            o -> o.confirmedMember() ? Policy.allow() : Optional.of(Rejection.of("review.opinion.not-on-panel",
                    "Chỉ thành viên hội đồng đã được xác nhận mới gửi ý kiến.",
                    "Only a confirmed panel member can submit an opinion.").with("expertId", o.expertId())),
            o -> DATES.notInFuture(o.today(), OPINION).check(o.submittedOn()));

    // --- shared --------------------------------------------------------------------------------------------------

    static Rejection notInPool(String expertId) {
        return Rejection.of("review.panel.expert-not-in-pool",
                            "Chuyên gia không có trong danh sách chuyên gia đang hoạt động.",
                            "The expert is not an active expert of the pool.").with("expertId", expertId);
    }

    /**
     * REV-4(a): nobody employed by the requester or the drafting body, by canonical name (diacritics kept): the
     * platform's one conflict-of-interest rule, with the requester and the drafting body as the parties.
     */
    static Optional<Rejection> independent(PoolExpert expert, Parties parties) {
        return ConflictOfInterest.between(new ConflictOfInterest.Assessor(expert.personId(), expert.employers()),
                        ConflictOfInterest.Parties.organisations(java.util.Arrays.asList(parties.requesterName(),
                                                                                        parties.draftingBody())))
                .map(conflict -> Rejection.of("review.panel.conflict-employer",
                                "Chuyên gia công tác tại " + conflict.matched()
                                + " (cơ quan đề nghị hoặc cơ quan soạn thảo) nên không thể tham gia.",
                                "The expert works for " + conflict.matched()
                                + ", the requester or the drafting body, and cannot sit on the panel.")
                        .with("expertId", expert.expertId()).with("employer", conflict.matched()));
    }

    private static Optional<Rejection> dated(LocalDate date, LocalDate previous, LocalDate today, DateName what,
                                             DateName previousName) {
        return DATES.notInFuture(today, what).check(date).or(() -> DATES.notBefore(previous, what, previousName)
                                                                          .check(date));
    }

    private static Map<PanelRole, Long> counts(List<PanelSeat> seats) {
        Map<PanelRole, Long> count = new EnumMap<>(PanelRole.class);
        for (PanelRole role : PanelRole.values()) {
            count.put(role, seats.stream().filter(s -> s.role() == role).count());
        }
        return count;
    }
}
