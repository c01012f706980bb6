package vn.lienhiep.review.engagement.publicevents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.publishing.DecisionV1;
import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.review.engagement.domain.AdoptionCounts;
import vn.lienhiep.review.engagement.domain.EngagementEvents;
import vn.lienhiep.review.engagement.domain.ExpertAssignment;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;
import vn.lienhiep.review.engagement.domain.RequestDetails;
import vn.lienhiep.review.engagement.domain.RequestOrigin;

/**
 * What review tells the world on {@code lienhiep.review.v1}: each payload has a JSON Schema in infra/contracts
 * ({@code schemas/review/<name>.v1.json}) and the contract test checks every mapping against it. No personal data: an
 * expert appears by id, and by name only if they consented to publishing it (membership tells review). Opinions and
 * drafts never leave the service; a withdrawn or cancelled engagement is not announced (nothing happened publicly).
 * A public event never announces what the rules may still refuse: an expert is assigned when the panel is confirmed,
 * not when they accept an invitation.
 */
@Configuration
public class EngagementPublicEvents {

    @Bean
    public PublicEventCatalog engagementPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(EngagementEvents.ReviewRequestReceived.class, "request-received", 1,
                         e -> requestReceived(e.engagementId(), e.origin(), e.request()))
                // A self-initiated review's request arrives when the competent authority consents. Approvals stored
                // before they carried the request (revision 1) were never announced: a rebuilt topic stays as it was.
                .map(EngagementEvents.ReviewProposalApproved.class, e -> e.request() == null ? null
                        : new PublicEvent("request-received", 1, requestReceived(e.engagementId(),
                                RequestOrigin.SELF_INITIATED, e.request())))
                .publish(EngagementEvents.ReviewAccepted.class, "engagement-accepted", 1,
                         e -> new EngagementAcceptedV1(e.engagementId(), e.subjectType().name(), DecisionV1.of(e.decision())))
                .publish(EngagementEvents.ReviewDeclined.class, "engagement-declined", 1,
                         e -> new EngagementDeclinedV1(e.engagementId(), e.reason(), DecisionV1.of(e.decision())))
                // The public hears of an expert only once the panel is confirmed (the conflict-of-interest and
                // composition rules have passed): one expert-assigned per seat this confirmation announces, each with
                // its own stable id (<panel-formed id>:<expertId>), then the panel itself.
                .mapEach(EngagementEvents.ReviewPanelFormed.class, e -> {
                    List<PublicEvent> events = new ArrayList<>();
                    for (ExpertAssignment seat : e.assignments()) {
                        events.add(new PublicEvent("expert-assigned", 1, expertAssigned(e.engagementId(), seat,
                                                                                         e.formedOn()), seat.expertId()));
                    }
                    events.add(new PublicEvent("panel-formed", 1, new PanelFormedV1(e.engagementId(), names(e.forms()),
                            e.members().size(), e.formedOn().toString())));
                    return events;
                })
                // An acceptance is private, except those an earlier release announced at once: a topic rebuilt from
                // an old store repeats them with their original id and payload.
                .map(EngagementEvents.InvitationAccepted.class, e -> e.announced() == null ? null
                        : new PublicEvent("expert-assigned", 1, expertAssigned(e.engagementId(), e.announced(),
                                                                               e.acceptedOn())))
                .publish(EngagementEvents.ReviewReportSent.class, "report-sent", 1,
                         e -> new ReportSentV1(e.engagementId(), e.version(), e.recommendations().size(),
                                               e.dissentingOpinions().size(), e.sentOn().toString(),
                                               e.responseDue().toString(), DecisionV1.of(e.decision())))
                .publish(EngagementEvents.ReviewResponseRecorded.class, "response-recorded", 1,
                         e -> new ResponseRecordedV1(e.engagementId(), e.receivedOn().toString(), e.adoption().name(),
                                                     RecommendationsV1.of(AdoptionCounts.of(
                                                             e.answers().stream().map(RecommendationAnswer::adoption).toList()))))
                .publish(EngagementEvents.ReviewClosed.class, "engagement-closed", 1,
                         e -> new EngagementClosedV1(e.engagementId(), e.closedOn().toString(), e.adoption().name(),
                                                     e.subjectType().name(), names(e.forms()), e.origin().name(),
                                                     e.requesterKind().name(), RecommendationsV1.of(e.counts()),
                                                     List.copyOf(e.expertIds())))
                // Only a decision to publish is announced; "not published" is the default and says nothing.
                .map(EngagementEvents.OutcomePublicationDecided.class, e -> !e.publish() ? null
                        : new PublicEvent("outcome-published", 1, new OutcomePublishedV1(
                                e.engagementId(), e.title(), e.requesterName(), e.adoption().name(), e.subjectType().name(),
                                e.closedOn().toString(), e.decidedOn().toString())))
                .build();
    }

    /** REV-8: a confidential request is announced without its title (the schema does not require one). */
    private static RequestReceivedV1 requestReceived(String engagementId, RequestOrigin origin, RequestDetails request) {
        return new RequestReceivedV1(engagementId, origin.name(), request.confidential() ? null : request.title(),
                                     request.subjectType().name(), names(request.reviewTypes()),
                                     request.requester().kind().name(), request.requester().name(),
                                     request.receivedAt().toString());
    }

    private static ExpertAssignedV1 expertAssigned(String engagementId, ExpertAssignment seat, LocalDate assignedOn) {
        return new ExpertAssignedV1(engagementId, seat.expertId(), seat.displayName(), seat.role().name(),
                                    seat.subjectType().name(), assignedOn.toString());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** title null (left out) for a confidential request. */
    public record RequestReceivedV1(String engagementId, String origin, String title, String subjectType,
                                    List<String> reviewTypes, String requesterKind, String requesterName,
                                    String receivedOn) {
    }

    public record EngagementAcceptedV1(String engagementId, String subjectType, DecisionV1 decision) {
    }

    public record EngagementDeclinedV1(String engagementId, String reason, DecisionV1 decision) {
    }

    public record PanelFormedV1(String engagementId, List<String> forms, int memberCount, String formedOn) {
    }

    /** displayName null (left out) unless the expert consented to publishing their name. */
    public record ExpertAssignedV1(String engagementId, String expertId, String displayName, String panelRole,
                                   String subjectType, String assignedOn) {
    }

    public record ReportSentV1(String engagementId, int reportVersion, int recommendationCount,
                               int dissentingOpinionCount, String sentOn, String responseDueOn, DecisionV1 decision) {
    }

    /** How many recommendations ended in each adoption (NO_RESPONSE answers are counted in the engagement's adoption). */
    public record RecommendationsV1(int adopted, int partiallyAdopted, int notAdopted) {
        static RecommendationsV1 of(AdoptionCounts counts) {
            return new RecommendationsV1(counts.adopted(), counts.partiallyAdopted(), counts.notAdopted());
        }
    }

    public record ResponseRecordedV1(String engagementId, String receivedOn, String adoption,
                                     RecommendationsV1 recommendations) {
    }

    public record EngagementClosedV1(String engagementId, String closedOn, String adoption, String subjectType,
                                     List<String> forms, String origin, String requesterKind,
                                     RecommendationsV1 recommendations, List<String> expertIds) {
    }

    public record OutcomePublishedV1(String engagementId, String title, String requesterName, String adoption,
                                     String subjectType, String closedOn, String publishedOn) {
    }

}
