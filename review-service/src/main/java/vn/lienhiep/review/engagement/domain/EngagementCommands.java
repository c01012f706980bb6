package vn.lienhiep.review.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.review.common.domain.ReviewForm;

/**
 * Everything that can be asked of a review engagement, from the request's arrival to its closing: one command per act
 * of the union. Who acts travels in the command's metadata (the platform's CommandDispatcher), as in membership.
 * {@code expectedVersion} (nullable) is the version the caller last saw; a newer aggregate answers 409. An act the
 * union dates on paper takes its date (an engagement entered after the fact carries when things really happened);
 * without one it is dated today, and the shorter constructors say so.
 */
public sealed interface EngagementCommands {

    String engagementId();

    /** A commissioned or assigned request registered by union staff: RECEIVED. */
    record RegisterRequest(@TargetAggregateIdentifier String engagementId, RequestOrigin origin,
                           RequestDetails request) implements EngagementCommands {
    }

    /** The union proposes a review itself: PROPOSED until the competent authority agrees (rule 1). */
    record ProposeReview(@TargetAggregateIdentifier String engagementId, RequestDetails request)
            implements EngagementCommands {
    }

    /** The competent authority (Tỉnh ủy, UBND) agreed to a self-initiated review: RECEIVED from the decision's date. */
    record RecordProposalApproval(@TargetAggregateIdentifier String engagementId, DecisionRef decision,
                                  @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** The union tells the requester which documents are missing; markedOn null: today. */
    record MarkDossierIncomplete(@TargetAggregateIdentifier String engagementId, List<String> missing,
                                 LocalDate markedOn,
                                 @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public MarkDossierIncomplete(String engagementId, List<String> missing, Long expectedVersion) {
            this(engagementId, missing, null, expectedVersion);
        }
    }

    /** The missing documents arrived; completedOn null: today. */
    record CompleteDossier(@TargetAggregateIdentifier String engagementId, List<String> documents,
                           LocalDate completedOn,
                           @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public CompleteDossier(String engagementId, List<String> documents, Long expectedVersion) {
            this(engagementId, documents, null, expectedVersion);
        }
    }

    record AcceptRequest(@TargetAggregateIdentifier String engagementId, DecisionRef decision,
                         @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record DeclineRequest(@TargetAggregateIdentifier String engagementId, String reason, DecisionRef decision,
                          @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** reportDueDate null: receivedAt + the regulation's reportDays. contractRef optional. */
    record PlanEngagement(@TargetAggregateIdentifier String engagementId, Set<ReviewForm> forms,
                          FundingSource fundingSource, long estimateVnd, int planYear, String contractRef,
                          LocalDate reportDueDate,
                          @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record RecordContract(@TargetAggregateIdentifier String engagementId, String contractRef, LocalDate signedOn,
                          @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** The invitation letter (giấy mời); invitedOn null: today. */
    record InviteExpert(@TargetAggregateIdentifier String engagementId, String expertId, PanelRole role,
                        LocalDate invitedOn,
                        @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public InviteExpert(String engagementId, String expertId, PanelRole role, Long expectedVersion) {
            this(engagementId, expertId, role, null, expectedVersion);
        }
    }

    /** The expert's answer; acceptedOn null: today. */
    record AcceptInvitation(@TargetAggregateIdentifier String engagementId, String expertId, LocalDate acceptedOn,
                            @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public AcceptInvitation(String engagementId, String expertId, Long expectedVersion) {
            this(engagementId, expertId, null, expectedVersion);
        }
    }

    /** declinedOn null: today. */
    record DeclineInvitation(@TargetAggregateIdentifier String engagementId, String expertId, String reason,
                             LocalDate declinedOn,
                             @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public DeclineInvitation(String engagementId, String expertId, String reason, Long expectedVersion) {
            this(engagementId, expertId, reason, null, expectedVersion);
        }
    }

    /** The expert's signed self-declaration of interests (empty set: none) and non-disclosure acknowledgment. */
    record RecordConflictDeclaration(@TargetAggregateIdentifier String engagementId, String expertId,
                                     Set<InterestKind> interests, LocalDate signedOn, boolean nonDisclosureSigned,
                                     @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record RemoveFromPanel(@TargetAggregateIdentifier String engagementId, String expertId, String reason,
                           @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** The decision forming the council or the expert group; formedOn null: today. */
    record ConfirmPanel(@TargetAggregateIdentifier String engagementId, LocalDate formedOn,
                        @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public ConfirmPanel(String engagementId, Long expectedVersion) {
            this(engagementId, null, expectedVersion);
        }
    }

    /**
     * A panel member's written opinion; a resubmission replaces the previous one as a new version. submittedOn (the
     * date on the expert's paper) null: today.
     */
    record SubmitOpinion(@TargetAggregateIdentifier String engagementId, String expertId, String text,
                         LocalDate submittedOn,
                         @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public SubmitOpinion(String engagementId, String expertId, String text, Long expectedVersion) {
            this(engagementId, expertId, text, null, expectedVersion);
        }
    }

    record RecordWorkshop(@TargetAggregateIdentifier String engagementId, LocalDate heldOn, int attendees,
                          String summary, @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record CloseReviewCollection(@TargetAggregateIdentifier String engagementId,
                                 @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** One recommendation as drafted; the aggregate numbers it. */
    record RecommendationText(String text) {
    }

    record DraftReport(@TargetAggregateIdentifier String engagementId, String summary, String findings,
                       List<RecommendationText> recommendations, List<Dissent> dissentingOpinions,
                       @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record SubmitDraft(@TargetAggregateIdentifier String engagementId,
                       @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record ReturnForRevision(@TargetAggregateIdentifier String engagementId, String reason,
                             @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** Leadership signs and sends the latest draft; sentOn null: today. */
    record ApproveAndSendReport(@TargetAggregateIdentifier String engagementId, DecisionRef decision, String signedBy,
                                LocalDate sentOn,
                                @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    record RecordResponse(@TargetAggregateIdentifier String engagementId, LocalDate receivedOn,
                          List<RecommendationAnswer> answers, String explanation,
                          @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** closedOn null: today; an engagement entered from paper says when it really closed. */
    record CloseEngagement(@TargetAggregateIdentifier String engagementId, LocalDate closedOn,
                           @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public CloseEngagement(String engagementId, Long expectedVersion) {
            this(engagementId, null, expectedVersion);
        }
    }

    /** Whether the public sees the title, the requester and the adoption of a closed engagement. */
    record PublishOutcome(@TargetAggregateIdentifier String engagementId, boolean publish,
                          @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** The requester withdraws its request (by a letter dated withdrawnOn; null: today). */
    record WithdrawRequest(@TargetAggregateIdentifier String engagementId, String reason, LocalDate withdrawnOn,
                           @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {

        public WithdrawRequest(String engagementId, String reason, Long expectedVersion) {
            this(engagementId, reason, null, expectedVersion);
        }
    }

    /** Leadership cancels the engagement by a decision. */
    record CancelEngagement(@TargetAggregateIdentifier String engagementId, String reason, DecisionRef decision,
                            @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }

    /** An actual cost (VND, > 0); incurredOn null: today. */
    record RecordCost(@TargetAggregateIdentifier String engagementId, long amountVnd, String description,
                      LocalDate incurredOn,
                      @TargetAggregateVersion Long expectedVersion) implements EngagementCommands {
    }
}
