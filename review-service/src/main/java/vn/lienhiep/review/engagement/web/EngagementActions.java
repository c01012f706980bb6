package vn.lienhiep.review.engagement.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.AvailableActions;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.review.engagement.domain.EngagementAct;
import vn.lienhiep.review.engagement.domain.EngagementPolicies;
import vn.lienhiep.review.engagement.domain.EngagementStatus;
import vn.lienhiep.review.engagement.domain.PanelRole;
import vn.lienhiep.review.engagement.domain.panel.Panel;
import vn.lienhiep.review.engagement.domain.panel.PanelPolicies;
import vn.lienhiep.review.engagement.domain.report.ReportPolicies;
import vn.lienhiep.review.engagement.projection.EngagementView;

/**
 * What a caller may do to one engagement now ({@code GET /api/review/engagements/{id}/actions}): each act the
 * aggregate's lifecycle policy ({@link EngagementPolicies#LIFECYCLE} over the {@link EngagementAct} table) allows in
 * the engagement's status; an act on one panel seat once per seat the panel's own policy allows it for
 * ({@link PanelPolicies}); submitting a draft once there is one ({@link ReportPolicies#SUBMITTING}) — kept where
 * review's access table lets the caller call it ({@link AvailableActions}). Each action's name is its endpoint below
 * the engagement (docs/domain/review.md#available-actions).
 */
@Component
public class EngagementActions {

    /** The panel's record of who is on it: declined and removed experts hold no seat (Panel drops them). */
    static final Set<String> SEATED = Set.of("INVITED", "ACCEPTED", "CONFIRMED");

    private final AvailableActions actions;
    private final Clock clock;

    public EngagementActions(AvailableActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * The endpoint of each act, below {@code /engagements/{id}}: the one place the lifecycle meets the API. Exhaustive,
     * so a new act does not compile without its endpoint; the API test holds each to a served one. An act on one
     * member keeps the member's variable.
     */
    public static String endpoint(EngagementAct act) {
        return switch (act) {
            case APPROVE_PROPOSAL -> "proposal-approval";
            case MARK_DOSSIER_INCOMPLETE -> "dossier/incomplete";
            case COMPLETE_DOSSIER -> "dossier/completion";
            case ACCEPT -> "acceptance";
            case DECLINE -> "decline";
            case PLAN -> "plan";
            case RECORD_CONTRACT -> "contract";
            case INVITE_EXPERT -> "panel/invitations";
            case ACCEPT_INVITATION -> "panel/{expertId}/acceptance";
            case DECLINE_INVITATION -> "panel/{expertId}/decline";
            case DECLARE_INTERESTS -> "panel/{expertId}/declaration";
            case REMOVE_FROM_PANEL -> "panel/{expertId}/removal";
            case CONFIRM_PANEL -> "panel/confirmation";
            case SUBMIT_OPINION -> "opinions";
            case RECORD_WORKSHOP -> "workshops";
            case CLOSE_REVIEW_COLLECTION -> "collection-closure";
            case DRAFT_REPORT -> "report/drafts";
            case SUBMIT_DRAFT -> "report/submission";
            case RETURN_FOR_REVISION -> "report/return";
            case APPROVE_AND_SEND_REPORT -> "report/sending";
            case RECORD_RESPONSE -> "response";
            case CLOSE -> "closure";
            case PUBLISH_OUTCOME -> "publication";
            case WITHDRAW -> "withdrawal";
            case CANCEL -> "cancellation";
            case RECORD_COST -> "costs";
        };
    }

    /** The engagement as the read model holds it in full (the caller's cut is not what the rules look at). */
    ActionsView of(Caller caller, EngagementView view) {
        EngagementStatus status = EngagementStatus.valueOf(view.status());
        LocalDate today = Clocks.today(clock);
        AvailableActions.Offer offer = actions.on(caller, EngagementController.PATH + "/" + view.id());
        for (EngagementAct act : EngagementAct.values()) {
            if (EngagementPolicies.LIFECYCLE.check(new EngagementPolicies.Step(act, status)).isPresent()) {
                continue;
            }
            switch (act) {
                case ACCEPT_INVITATION -> perSeat(offer, act, view, PanelPolicies.ACCEPTING, today);
                case DECLINE_INVITATION -> perSeat(offer, act, view, PanelPolicies.DECLINING, today);
                case DECLARE_INTERESTS -> perSeat(offer, act, view, PanelPolicies.DECLARING, today);
                case REMOVE_FROM_PANEL -> perSeat(offer, act, view, PanelPolicies.REMOVING, today);
                case SUBMIT_DRAFT -> offer.post(endpoint(act), ReportPolicies.SUBMITTING.check(
                        new ReportPolicies.Submission(latestDraft(view))).isEmpty());
                default -> offer.post(endpoint(act));
            }
        }
        return offer.view();
    }

    /**
     * What an expert may do on their own seat, and nothing else of the engagement: the seat acts whose href names
     * their own expert id (the caller holds a seat: {@link ReviewScope#holdsSeat}).
     */
    ActionsView ofOwnSeat(Caller caller, EngagementView view) {
        String seat = EngagementController.PATH + "/" + view.id() + "/panel/"
                      + UriUtils.encodePathSegment(caller.expertId(), StandardCharsets.UTF_8) + "/";
        return new ActionsView(of(caller, view).actions().stream()
                                               .filter(action -> action.href().startsWith(seat)).toList());
    }

    /** The act once for each expert the panel's policy allows it for, answered today. */
    private static void perSeat(AvailableActions.Offer offer, EngagementAct act, EngagementView view,
                                Policy<PanelPolicies.Answer> policy, LocalDate today) {
        if (view.panel() == null) {
            return;
        }
        view.panel().forEach((expertId, member) -> offer.post(endpoint(act), Map.of("expertId", expertId),
                policy.check(new PanelPolicies.Answer(expertId, seat(member), today, today)).isEmpty()));
    }

    /** The seat as the panel holds it, rebuilt from the read model; null for an expert who holds none. */
    private static Panel.Seat seat(EngagementView.PanelMemberEntry member) {
        if (!SEATED.contains(member.invitation())) {
            return null;
        }
        return new Panel.Seat(PanelRole.valueOf(member.role()), LocalDate.parse(member.invitedOn()),
                              member.acceptedOn() == null ? null : LocalDate.parse(member.acceptedOn()), false, null);
    }

    private static int latestDraft(EngagementView view) {
        return view.drafts() == null ? 0
                : view.drafts().stream().mapToInt(EngagementView.DraftEntry::version).max().orElse(0);
    }
}
