package vn.lienhiep.review.engagement.domain.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;

import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.ReviewRuleSet;
import vn.lienhiep.review.common.domain.SubjectType;
import vn.lienhiep.review.engagement.domain.EngagementCommands.AcceptInvitation;
import vn.lienhiep.review.engagement.domain.EngagementCommands.ConfirmPanel;
import vn.lienhiep.review.engagement.domain.EngagementCommands.DeclineInvitation;
import vn.lienhiep.review.engagement.domain.EngagementCommands.InviteExpert;
import vn.lienhiep.review.engagement.domain.EngagementCommands.RecordConflictDeclaration;
import vn.lienhiep.review.engagement.domain.EngagementCommands.RemoveFromPanel;
import vn.lienhiep.review.engagement.domain.EngagementCommands.SubmitOpinion;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ExpertConflictDeclared;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ExpertInvited;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ExpertRemovedFromPanel;
import vn.lienhiep.review.engagement.domain.EngagementEvents.InvitationAccepted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.InvitationDeclined;
import vn.lienhiep.review.engagement.domain.EngagementEvents.OpinionSubmitted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewPanelFormed;
import vn.lienhiep.review.engagement.domain.ExpertAssignment;
import vn.lienhiep.review.engagement.domain.InterestKind;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Answer;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Confirmation;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Invitation;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Opinion;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.Parties;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies.SeatReview;

import static vn.lienhiep.review.engagement.domain.panel.PanelPolicies.*;

/**
 * The engagement's panel (hội đồng tư vấn, tổ chuyên gia): who is invited, who accepted and when, who signed which
 * declaration, who sits on the confirmed panel and each member's latest opinion. A member of the
 * {@code ReviewEngagement} aggregate (one consistency boundary, ADR 0010): the root checks the act against the
 * lifecycle and hands it here; the panel takes the command's values, enforces its act's rules
 * ({@link PanelPolicies}) and answers the event the root applies. It changes only in its event-sourcing handlers,
 * which Axon runs for every event of the aggregate.
 */
public class Panel {

    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Map<String, PanelRole> confirmed = new LinkedHashMap<>();
    private final Map<String, Integer> opinionVersions = new HashMap<>();

    /**
     * Someone invited, until they decline or are removed (a value, so replaying compares equal). announced: their
     * acceptance was already made public by an earlier release, so the confirmation does not announce them again.
     */
    public record Seat(PanelRole role, LocalDate invitedOn, LocalDate acceptedOn, boolean announced,
                       ExpertConflictDeclared declaration) {

        boolean accepted() {
            return acceptedOn != null;
        }
    }

    // --- decisions -----------------------------------------------------------------------------------------------

    public ExpertInvited invite(String engagementId, InviteExpert command, ExpertPool pool, Parties parties,
                                LocalDate engagementAcceptedOn, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        PanelRole role = Inputs.required(command.role(), "role");
        LocalDate invitedOn = orToday(command.invitedOn(), today);
        Optional<PoolExpert> expert = pool.active(expertId);
        INVITING.enforce(new Invitation(expertId, seats.containsKey(expertId), expert, parties, invitedOn,
                                        engagementAcceptedOn, today));
        return new ExpertInvited(engagementId, expertId, expert.orElseThrow().personId(), role, invitedOn);
    }

    public InvitationAccepted accept(String engagementId, AcceptInvitation command, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        LocalDate acceptedOn = orToday(command.acceptedOn(), today);
        ACCEPTING.enforce(new Answer(expertId, seats.get(expertId), acceptedOn, today));
        return new InvitationAccepted(engagementId, expertId, seats.get(expertId).role(), acceptedOn, null);
    }

    public InvitationDeclined decline(String engagementId, DeclineInvitation command, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        LocalDate declinedOn = orToday(command.declinedOn(), today);
        DECLINING.enforce(new Answer(expertId, seats.get(expertId), declinedOn, today));
        return new InvitationDeclined(engagementId, expertId, Inputs.optionalText(command.reason()), declinedOn);
    }

    public ExpertConflictDeclared declare(String engagementId, RecordConflictDeclaration command, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        LocalDate signedOn = orToday(command.signedOn(), today);
        DECLARING.enforce(new Answer(expertId, seats.get(expertId), signedOn, today));
        Set<InterestKind> interests = command.interests() == null || command.interests().isEmpty()
                ? Set.of() : Set.copyOf(command.interests());
        return new ExpertConflictDeclared(engagementId, expertId, interests, signedOn, command.nonDisclosureSigned());
    }

    public ExpertRemovedFromPanel remove(String engagementId, RemoveFromPanel command, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        REMOVING.enforce(new Answer(expertId, seats.get(expertId), today, today));
        return new ExpertRemovedFromPanel(engagementId, expertId, Inputs.text(command.reason(), "reason"));
    }

    /**
     * REV-4, REV-5: every seat cleared (the pool read again: it may have changed since the invitation) and composed
     * for the planned forms. The formation announces every seat not already announced on acceptance.
     */
    public ReviewPanelFormed confirm(String engagementId, ConfirmPanel command, ExpertPool pool, Parties parties,
                                     Set<ReviewForm> forms, ReviewRuleSet rules, SubjectType subjectType,
                                     LocalDate today) {
        LocalDate formedOn = orToday(command.formedOn(), today);
        List<SeatReview> reviews = new ArrayList<>();
        seats.forEach((expertId, seat) -> reviews.add(new SeatReview(expertId, seat, pool.active(expertId), parties)));
        LocalDate lastAcceptance = seats.values().stream().map(Seat::acceptedOn).filter(Objects::nonNull)
                                        .max(LocalDate::compareTo).orElse(null);
        CONFIRMING.enforce(new Confirmation(List.copyOf(reviews), forms, rules, formedOn, lastAcceptance, today));
        List<PanelSeat> members = new ArrayList<>();
        List<ExpertAssignment> assignments = new ArrayList<>();
        for (SeatReview review : reviews) {
            members.add(new PanelSeat(review.expertId(), review.seat().role()));
            if (!review.seat().announced()) {
                assignments.add(new ExpertAssignment(review.expertId(), review.seat().role(),
                                                     review.inPool().orElseThrow().displayName(), subjectType));
            }
        }
        return new ReviewPanelFormed(engagementId, List.copyOf(members), EnumSet.copyOf(forms), formedOn,
                                     List.copyOf(assignments));
    }

    public OpinionSubmitted submitOpinion(String engagementId, SubmitOpinion command, LocalDate today) {
        String expertId = Inputs.text(command.expertId(), "expertId");
        LocalDate submittedOn = orToday(command.submittedOn(), today);
        OPINING.enforce(new Opinion(expertId, confirmed.containsKey(expertId), submittedOn, today));
        return new OpinionSubmitted(engagementId, expertId, opinionVersions.getOrDefault(expertId, 0) + 1,
                                    Inputs.text(command.text(), "text"), submittedOn);
    }

    // --- what the rest of the engagement reads -------------------------------------------------------------------

    /** The confirmed panel's experts, in seat order (the closing tells who served). */
    public List<String> confirmedExperts() {
        return List.copyOf(confirmed.keySet());
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ExpertInvited event) {
        seats.put(event.expertId(), new Seat(event.role(), event.invitedOn(), null, false, null));
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        seats.computeIfPresent(event.expertId(), (id, seat) -> new Seat(seat.role(), seat.invitedOn(),
                event.acceptedOn(), event.announced() != null, seat.declaration()));
    }

    @EventSourcingHandler
    void on(InvitationDeclined event) {
        seats.remove(event.expertId());
    }

    @EventSourcingHandler
    void on(ExpertRemovedFromPanel event) {
        seats.remove(event.expertId());
    }

    @EventSourcingHandler
    void on(ExpertConflictDeclared event) {
        seats.computeIfPresent(event.expertId(), (id, seat) -> new Seat(seat.role(), seat.invitedOn(),
                seat.acceptedOn(), seat.announced(), event));
    }

    @EventSourcingHandler
    void on(ReviewPanelFormed event) {
        confirmed.clear();
        event.members().forEach(seat -> confirmed.put(seat.expertId(), seat.role()));
    }

    @EventSourcingHandler
    void on(OpinionSubmitted event) {
        opinionVersions.put(event.expertId(), event.version());
    }

    private static LocalDate orToday(LocalDate date, LocalDate today) {
        return date != null ? date : today;
    }
}
