package vn.lienhiep.review.engagement.domain;

import java.util.EnumSet;
import java.util.Set;

import static vn.lienhiep.review.engagement.domain.EngagementStatus.*;

/**
 * The lifecycle as data (docs/domain/review.md#engagement-lifecycle): in which states each command may be given. Kept in one table so the
 * invalid-transition answer and the web layer's "what can I do now" list cannot drift from the aggregate.
 */
public enum EngagementAct {
    APPROVE_PROPOSAL(EnumSet.of(PROPOSED)),
    MARK_DOSSIER_INCOMPLETE(EnumSet.of(RECEIVED)),
    COMPLETE_DOSSIER(EnumSet.of(INCOMPLETE)),
    ACCEPT(EnumSet.of(RECEIVED)),
    DECLINE(EnumSet.of(RECEIVED)),
    PLAN(EnumSet.of(ACCEPTED)),
    RECORD_CONTRACT(EnumSet.of(PLANNED, PANEL_FORMING)),
    INVITE_EXPERT(EnumSet.of(PLANNED, PANEL_FORMING)),
    ACCEPT_INVITATION(EnumSet.of(PANEL_FORMING)),
    DECLINE_INVITATION(EnumSet.of(PANEL_FORMING)),
    DECLARE_INTERESTS(EnumSet.of(PANEL_FORMING)),
    REMOVE_FROM_PANEL(EnumSet.of(PANEL_FORMING)),
    CONFIRM_PANEL(EnumSet.of(PANEL_FORMING)),
    SUBMIT_OPINION(EnumSet.of(IN_PROGRESS, DRAFTING)),
    RECORD_WORKSHOP(EnumSet.of(IN_PROGRESS, DRAFTING)),
    CLOSE_REVIEW_COLLECTION(EnumSet.of(IN_PROGRESS)),
    DRAFT_REPORT(EnumSet.of(DRAFTING)),
    SUBMIT_DRAFT(EnumSet.of(DRAFTING)),
    RETURN_FOR_REVISION(EnumSet.of(INTERNAL_APPROVAL)),
    APPROVE_AND_SEND_REPORT(EnumSet.of(INTERNAL_APPROVAL)),
    RECORD_RESPONSE(EnumSet.of(REPORT_SENT)),
    CLOSE(EnumSet.of(RESPONSE_RECEIVED)),
    PUBLISH_OUTCOME(EnumSet.of(CLOSED)),
    WITHDRAW(EnumSet.complementOf(EnumSet.copyOf(TERMINAL))),
    CANCEL(EnumSet.complementOf(EnumSet.copyOf(TERMINAL))),
    RECORD_COST(EnumSet.of(PLANNED, PANEL_FORMING, IN_PROGRESS, DRAFTING, INTERNAL_APPROVAL, REPORT_SENT,
                           RESPONSE_RECEIVED));

    private final Set<EngagementStatus> from;

    EngagementAct(Set<EngagementStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(EngagementStatus status) {
        return from.contains(status);
    }

    public Set<EngagementStatus> from() {
        return EnumSet.copyOf(from);
    }
}
