package vn.lienhiep.review.engagement.projection;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * One engagement as the review department and the leadership read it (REV-8: everything, the panel's opinions and
 * report drafts included). Every other caller's cut is made here and only here: {@link #cutFor(Audience)} gives the
 * union office this view without the panel's deliberations, a requesting body its {@link RequesterEngagementView};
 * the public sees {@link PublishedOutcome}s. Dates are ISO strings, codes are enum names, as the read model stores
 * them. Parts that exist only once something happened (a decline, the plan, the sent report …) are left out until
 * then, as before these views were typed.
 */
public record EngagementView(String id, long version, String status, String statusSince, String origin, String title,
                             String subjectType, String issuingLevel, String sector, RequestingBody requester,
                             String draftingBody, List<String> reviewTypes, String receivedAt, Integer year,
                             String requestedDeadline, List<String> dossier,
                             @JsonInclude(Include.NON_NULL) List<String> missingDocuments,
                             boolean confidential, String coOrganiser, String leadOrg,
                             @JsonInclude(Include.NON_NULL) DueDatesEntry due,
                             @JsonInclude(Include.NON_NULL) DecisionEntry proposalApproval,
                             @JsonInclude(Include.NON_NULL) DecisionEntry acceptance,
                             @JsonInclude(Include.NON_NULL) DeclineEntry decline,
                             @JsonInclude(Include.NON_NULL) PlanEntry plan,
                             @JsonInclude(Include.NON_NULL) List<String> forms,
                             @JsonInclude(Include.NON_NULL) Map<String, PanelMemberEntry> panel,
                             @JsonInclude(Include.NON_NULL) String panelFormedOn,
                             @JsonInclude(Include.NON_NULL) Integer panelSize,
                             @JsonInclude(Include.NON_NULL) List<String> confirmedExperts,
                             @JsonInclude(Include.NON_NULL) Map<String, OpinionEntry> opinions,
                             @JsonInclude(Include.NON_NULL) List<WorkshopEntry> workshops,
                             @JsonInclude(Include.NON_NULL) List<DraftEntry> drafts,
                             @JsonInclude(Include.NON_NULL) SentReportEntry sentReport,
                             @JsonInclude(Include.NON_NULL) ResponseEntry response,
                             @JsonInclude(Include.NON_NULL) String adoption,
                             @JsonInclude(Include.NON_NULL) AdoptionCountsEntry adoptionCounts,
                             @JsonInclude(Include.NON_NULL) String closedOn,
                             @JsonInclude(Include.NON_NULL) String closedBy,
                             boolean published,
                             @JsonInclude(Include.NON_NULL) String publishedOn,
                             @JsonInclude(Include.NON_NULL) List<CostEntry> costs,
                             @JsonInclude(Include.NON_NULL) Long costTotalVnd,
                             List<TimelineEntry> statusTimeline, String createdAt, String updatedAt)
        implements EngagementReading {

    /** Who reads an engagement, as far as what they may see goes (who is who: the web's ReviewScope). */
    public enum Audience {
        /** The review department and the leadership: everything. */
        INSIDERS,
        /** The union office (administrator, staff): every engagement, without the panel's opinions and drafts. */
        OFFICE,
        /** A requesting body, of its own requests: never the panel, its work, drafts, costs or the internal timeline. */
        REQUESTER
    }

    /** The one place an engagement is cut for a caller (REV-3, REV-8). */
    public EngagementReading cutFor(Audience audience) {
        return switch (audience) {
            case INSIDERS -> this;
            case OFFICE -> withoutDeliberations();
            case REQUESTER -> RequesterEngagementView.of(this);
        };
    }

    /** The requesting body's account scope (the {@code requester} claim), when the request came with one. */
    public String requesterId() {
        return requester == null ? null : requester.id();
    }

    private EngagementView withoutDeliberations() {
        return new EngagementView(id, version, status, statusSince, origin, title, subjectType, issuingLevel, sector,
                                  requester, draftingBody, reviewTypes, receivedAt, year, requestedDeadline, dossier,
                                  missingDocuments, confidential, coOrganiser, leadOrg, due, proposalApproval,
                                  acceptance, decline, plan, forms, panel, panelFormedOn, panelSize, confirmedExperts,
                                  null, workshops, null, sentReport, response, adoption, adoptionCounts, closedOn,
                                  closedBy, published, publishedOn, costs, costTotalVnd, statusTimeline, createdAt,
                                  updatedAt);
    }

    /** @param id the requesting body's account scope, null when the request came on paper from a body without one */
    public record RequestingBody(String name, String kind, String id) {
    }

    public record DueDatesEntry(String regulation, String acknowledgeBy, String decideBy, String reportDue,
                                boolean shortNotice, @JsonInclude(Include.NON_NULL) String responseDue) {
    }

    public record DecisionEntry(String number, String date, String issuedBy, String signer) {
    }

    public record DeclineEntry(String reason, DecisionEntry decision) {
    }

    public record PlanEntry(List<String> forms, String fundingSource, long estimateVnd, int planYear,
                            String contractRef, String reportDue,
                            @JsonInclude(Include.NON_NULL) String contractSignedOn) {
    }

    /** One person invited to the panel; invitation: INVITED, ACCEPTED, DECLINED, REMOVED or CONFIRMED. */
    public record PanelMemberEntry(String expertId, String personId, String role, String invitation, String invitedOn,
                                   @JsonInclude(Include.NON_NULL) String acceptedOn,
                                   @JsonInclude(Include.NON_NULL) String declinedOn,
                                   @JsonInclude(Include.NON_NULL) String declineReason,
                                   @JsonInclude(Include.NON_NULL) DeclarationEntry declaration,
                                   @JsonInclude(Include.NON_NULL) String removalReason) {
    }

    public record DeclarationEntry(List<String> interests, String signedOn, boolean nonDisclosureSigned) {
    }

    /** The latest version of one member's opinion. */
    public record OpinionEntry(String expertId, int version, String text,
                               @JsonInclude(Include.NON_NULL) String submittedOn, String submittedAt) {
    }

    public record WorkshopEntry(String heldOn, int attendees, String summary) {
    }

    public record RecommendationEntry(String recommendationId, String text) {
    }

    public record DissentEntry(String expertId, String text) {
    }

    public record DraftEntry(int version, String summary, String findings, List<RecommendationEntry> recommendations,
                             List<DissentEntry> dissentingOpinions, String draftedAt) {
    }

    public record SentReportEntry(int version, String summary, String findings,
                                  List<RecommendationEntry> recommendations, List<DissentEntry> dissentingOpinions,
                                  DecisionEntry decision, String signedBy, String sentOn, String responseDue) {
    }

    public record AnswerEntry(String recommendationId, String adoption, String explanation) {
    }

    public record ResponseEntry(String receivedOn, List<AnswerEntry> answers, String adoption, String explanation) {
    }

    public record AdoptionCountsEntry(int adopted, int partiallyAdopted, int notAdopted, int noResponse) {
    }

    public record CostEntry(long amountVnd, String description, String incurredOn, int planYear) {
    }

    /** One step of the lifecycle: effective (the act's date) and recorded (when it was entered). */
    public record TimelineEntry(String status, String event, String effectiveDate, String recordedAt,
                                @JsonInclude(Include.NON_NULL) DecisionEntry decision,
                                @JsonInclude(Include.NON_NULL) String reason) {
    }
}
