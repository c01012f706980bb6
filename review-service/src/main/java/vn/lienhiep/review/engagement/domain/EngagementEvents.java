package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Revision;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.review.common.domain.ReviewForm;
import vn.lienhiep.review.common.domain.SubjectType;

/**
 * What happened to a review request and its engagement. Names follow docs/domain/review.md#events where it names the event. Who
 * acted is in each event's metadata; {@link ReviewClosed#closedBy()} says "system" when the response deadline closed it.
 */
public sealed interface EngagementEvents {

    String engagementId();

    /** An event that moves the engagement to another state: the projection of the lifecycle. */
    sealed interface StatusChanged extends EngagementEvents {
        EngagementStatus status();
    }

    @Revision("1")
    record ReviewRequestReceived(String engagementId, RequestOrigin origin, RequestDetails request, DueDates due)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.RECEIVED;
        }
    }

    /** A self-initiated review, awaiting the competent authority's consent. */
    @Revision("1")
    record ReviewProposed(String engagementId, RequestDetails request) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.PROPOSED;
        }
    }

    /**
     * The authority agreed: the request counts as received on the decision's date, with the due dates from then, and
     * is announced as received then (request: the request as it arrives). Revision 1 had no request: those approvals
     * were never announced, and a topic rebuilt from an old store stays as it was published (request null).
     */
    @Revision("2")
    record ReviewProposalApproved(String engagementId, DecisionRef decision, LocalDate receivedAt, DueDates due,
                                  RequestDetails request) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.RECEIVED;
        }
    }

    @Revision("1")
    record DossierMarkedIncomplete(String engagementId, List<String> missing, LocalDate on) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.INCOMPLETE;
        }
    }

    @Revision("1")
    record DossierCompleted(String engagementId, List<String> documents, LocalDate on) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.RECEIVED;
        }
    }

    /** subjectType: the public event and the statistics count accepted engagements by subject. */
    @Revision("1")
    record ReviewAccepted(String engagementId, DecisionRef decision, SubjectType subjectType)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.ACCEPTED;
        }
    }

    @Revision("1")
    record ReviewDeclined(String engagementId, String reason, DecisionRef decision) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.DECLINED;
        }
    }

    @Revision("1")
    record EngagementPlanned(String engagementId, Set<ReviewForm> forms, FundingSource fundingSource, long estimateVnd,
                             int planYear, String contractRef, LocalDate reportDue) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.PLANNED;
        }
    }

    @Revision("1")
    record ContractRecorded(String engagementId, String contractRef, LocalDate signedOn) implements EngagementEvents {
    }

    /**
     * personId is membership's person behind the expert (for the expert's history there). invitedOn: the invitation's
     * date (revision 1 had none: the day it was recorded).
     */
    @Revision("2")
    record ExpertInvited(String engagementId, String expertId, String personId, PanelRole role, LocalDate invitedOn)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.PANEL_FORMING;
        }
    }

    /**
     * The expert accepted the invitation. Private: the conflict-of-interest and composition rules run only when the
     * panel is confirmed, and the public learns of the expert then ({@link ReviewPanelFormed#assignments()}).
     * announced is set only on acceptances an earlier release announced at once (stored as ExpertAssignedToReview,
     * revision 1, and upcast to this): what it published then, so a topic rebuilt from an old store repeats it with
     * the same id, and the panel's confirmation does not announce the expert a second time. Null on new acceptances.
     */
    @Revision("1")
    record InvitationAccepted(String engagementId, String expertId, PanelRole role, LocalDate acceptedOn,
                              ExpertAssignment announced) implements EngagementEvents {
    }

    /** declinedOn: the answer's date (revision 1 had none: the day it was recorded). */
    @Revision("2")
    record InvitationDeclined(String engagementId, String expertId, String reason, LocalDate declinedOn)
            implements EngagementEvents {
    }

    /** The expert's signed declaration of interests (possibly none) and non-disclosure acknowledgment. */
    @Revision("1")
    record ExpertConflictDeclared(String engagementId, String expertId, Set<InterestKind> interests, LocalDate signedOn,
                                  boolean nonDisclosureSigned) implements EngagementEvents {
    }

    @Revision("1")
    record ExpertRemovedFromPanel(String engagementId, String expertId, String reason) implements EngagementEvents {
    }

    /**
     * The panel is confirmed: every rule of conflicts and composition has passed. assignments: the seats this
     * confirmation announces (expert-assigned, name only with consent), every seat except those an earlier release
     * announced on acceptance; revision 1 had none (its seats were all announced on acceptance).
     */
    @Revision("2")
    record ReviewPanelFormed(String engagementId, List<PanelSeat> members, Set<ReviewForm> forms, LocalDate formedOn,
                             List<ExpertAssignment> assignments) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.IN_PROGRESS;
        }
    }

    /**
     * version counts this expert's submissions (1, 2, …); the latest replaces the earlier ones. submittedOn: the
     * opinion's date (revision 1 had none: the day it was recorded).
     */
    @Revision("2")
    record OpinionSubmitted(String engagementId, String expertId, int version, String text, LocalDate submittedOn)
            implements EngagementEvents {
    }

    @Revision("1")
    record ReviewWorkshopHeld(String engagementId, LocalDate heldOn, int attendees, String summary)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.DRAFTING;
        }
    }

    @Revision("1")
    record ReviewCollectionClosed(String engagementId) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.DRAFTING;
        }
    }

    @Revision("1")
    record ReportDrafted(String engagementId, int version, String summary, String findings,
                         List<Recommendation> recommendations, List<Dissent> dissentingOpinions)
            implements EngagementEvents {
    }

    @Revision("1")
    record DraftSubmitted(String engagementId, int version) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.INTERNAL_APPROVAL;
        }
    }

    @Revision("1")
    record DraftReturned(String engagementId, int version, String reason) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.DRAFTING;
        }
    }

    /**
     * The report as signed and sent, in full (it never changes afterwards), and when the requester's answer is due;
     * deadlineId is the scheduled "response-overdue" deadline.
     */
    @Revision("1")
    record ReviewReportSent(String engagementId, int version, String summary, String findings,
                            List<Recommendation> recommendations, List<Dissent> dissentingOpinions,
                            DecisionRef decision, String signedBy, LocalDate sentOn, LocalDate responseDue,
                            String deadlineId) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.REPORT_SENT;
        }
    }

    @Revision("1")
    record ReviewResponseRecorded(String engagementId, LocalDate receivedOn, List<RecommendationAnswer> answers,
                                  Adoption adoption, String explanation) implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.RESPONSE_RECEIVED;
        }
    }

    /**
     * Closed, with what statistics and the public event need. closedBy is "system" when the response deadline passed
     * (adoption NO_RESPONSE); null when a person closed it (the acting user is in the metadata). expertIds: the
     * confirmed panel.
     */
    @Revision("1")
    record ReviewClosed(String engagementId, Adoption adoption, AdoptionCounts counts, Set<ReviewForm> forms,
                        SubjectType subjectType, RequestOrigin origin, RequesterKind requesterKind,
                        String requesterName, LocalDate closedOn, String closedBy, List<String> expertIds)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.CLOSED;
        }
    }

    /** What the public would see (title, requester, adoption) travels with the decision, so publishing needs no lookup. */
    @Revision("1")
    record OutcomePublicationDecided(String engagementId, boolean publish, String title, String requesterName,
                                     Adoption adoption, SubjectType subjectType, LocalDate closedOn,
                                     LocalDate decidedOn) implements EngagementEvents {
    }

    @Revision("1")
    record RequestWithdrawn(String engagementId, EngagementStatus from, String reason, LocalDate on)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.CANCELLED;
        }
    }

    @Revision("1")
    record EngagementCancelled(String engagementId, EngagementStatus from, String reason, DecisionRef decision)
            implements StatusChanged {
        @Override
        public EngagementStatus status() {
            return EngagementStatus.CANCELLED;
        }
    }

    /** An actual cost, with the plan year and the funding source so the plan context can sum actuals. */
    @Revision("1")
    record CostRecorded(String engagementId, long amountVnd, String description, LocalDate incurredOn, int planYear,
                        FundingSource fundingSource) implements EngagementEvents {
    }
}
