package vn.lienhiep.review.engagement.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.platform.readmodel.DecisionDocuments;
import vn.lienhiep.platform.readmodel.SortKeys;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.engagement.domain.Dissent;
import vn.lienhiep.review.engagement.domain.DueDates;
import vn.lienhiep.review.engagement.domain.EngagementEvents.*;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.Recommendation;
import vn.lienhiep.review.engagement.domain.RecommendationAnswer;
import vn.lienhiep.review.engagement.domain.RequestDetails;

/**
 * The {@code review_engagements} read model: one document per engagement with the request, its recorded due dates,
 * the plan, the panel (keyed by expert id), opinions, workshops, report versions, the sent report, the response and a
 * dated {@code statusTimeline} and {@code dues} (each entry with its effective date and the instant it was recorded)
 * from which statistics and the overdue list are answered for any past date, as known on any day (ADR 0006). Dates
 * are ISO strings. Confidential parts (opinions, drafts) are stored like the rest; {@link EngagementView} is cut per
 * caller in one place.
 */
@Component
@ProcessingGroup(EngagementProjection.PROCESSOR)
public class EngagementProjection {

    public static final String PROCESSOR = "engagements";
    public static final String COLLECTION = "review_engagements";
    /** Kinds of {@code dues} entries: the acceptance decision, the report, the requester's response. */
    public static final String DUE_DECISION = "DECISION";
    public static final String DUE_REPORT = "REPORT";
    public static final String DUE_RESPONSE = "RESPONSE";

    private final VersionedDocuments documents;

    public EngagementProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    @EventHandler
    void on(ReviewRequestReceived e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = request(e.request(), at).set("origin", e.origin().name());
        due(update, e.due(), at);
        apply(e.engagementId(), seq, at, update, e, e.request().receivedAt(), null, null);
    }

    @EventHandler
    void on(ReviewProposed e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = request(e.request(), at).set("origin", "SELF_INITIATED");
        apply(e.engagementId(), seq, at, update, e, e.request().receivedAt(), null, null);
    }

    @EventHandler
    void on(ReviewProposalApproved e, @SequenceNumber long seq, @Timestamp Instant at) {
        // The request arrives on the consent's date: its year is the year it counts in (docs/domain/reports.md#r-r1).
        Update update = new Update().set("receivedAt", e.receivedAt().toString())
                                    .set("year", e.receivedAt().getYear())
                                    .set("proposalApproval", DecisionDocuments.of(e.decision()));
        due(update, e.due(), at);
        apply(e.engagementId(), seq, at, update, e, e.receivedAt(), e.decision(), null);
    }

    @EventHandler
    void on(DossierMarkedIncomplete e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update().set("missingDocuments", e.missing()), e, e.on(), null, null);
    }

    @EventHandler
    void on(DossierCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update().set("missingDocuments", List.of())
                                                      .addToSet("dossier").each(e.documents().toArray()), e, e.on(), null, null);
    }

    @EventHandler
    void on(ReviewAccepted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update().set("acceptance", DecisionDocuments.of(e.decision())), e,
              e.decision().date(), e.decision(), null);
    }

    @EventHandler
    void on(ReviewDeclined e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update().set("decline", new Document("reason", e.reason())
                      .append("decision", DecisionDocuments.of(e.decision()))), e, e.decision().date(), e.decision(), e.reason());
    }

    @EventHandler
    void on(EngagementPlanned e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = new Update().set("plan", new Document("forms", names(e.forms()))
                                                  .append("fundingSource", e.fundingSource().name())
                                                  .append("estimateVnd", e.estimateVnd())
                                                  .append("planYear", e.planYear())
                                                  .append("contractRef", e.contractRef())
                                                  .append("reportDue", e.reportDue().toString()))
                                    .set("forms", names(e.forms()))
                                    .set("due.reportDue", e.reportDue().toString())
                                    .push("dues", dueFact(DUE_REPORT, e.reportDue(), at));
        apply(e.engagementId(), seq, at, update, e, today(at), null, null);
    }

    @EventHandler
    void on(ContractRecorded e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("plan.contractRef", e.contractRef()).set("plan.contractSignedOn", e.signedOn().toString()));
    }

    @EventHandler
    void on(ExpertInvited e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = new Update().set("panel." + e.expertId(), new Document("expertId", e.expertId())
                .append("personId", e.personId()).append("role", e.role().name()).append("invitation", "INVITED")
                .append("invitedOn", e.invitedOn().toString()));
        apply(e.engagementId(), seq, at, update, e, e.invitedOn(), null, null);
    }

    @EventHandler
    void on(InvitationAccepted e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("panel." + e.expertId() + ".invitation", "ACCEPTED")
                .set("panel." + e.expertId() + ".acceptedOn", e.acceptedOn().toString()));
    }

    @EventHandler
    void on(InvitationDeclined e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("panel." + e.expertId() + ".invitation", "DECLINED")
                .set("panel." + e.expertId() + ".declinedOn", e.declinedOn().toString())
                .set("panel." + e.expertId() + ".declineReason", e.reason()));
    }

    @EventHandler
    void on(ExpertConflictDeclared e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("panel." + e.expertId() + ".declaration", new Document("interests", names(e.interests()))
                        .append("signedOn", e.signedOn().toString())
                        .append("nonDisclosureSigned", e.nonDisclosureSigned())));
    }

    @EventHandler
    void on(ExpertRemovedFromPanel e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("panel." + e.expertId() + ".invitation", "REMOVED")
                .set("panel." + e.expertId() + ".removalReason", e.reason()));
    }

    @EventHandler
    void on(ReviewPanelFormed e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = new Update().set("panelFormedOn", e.formedOn().toString())
                                    .set("panelSize", e.members().size())
                                    .set("confirmedExperts", e.members().stream().map(PanelSeat::expertId).toList());
        for (PanelSeat seat : e.members()) {
            update.set("panel." + seat.expertId() + ".invitation", "CONFIRMED");
        }
        apply(e.engagementId(), seq, at, update, e, e.formedOn(), null, null);
    }

    @EventHandler
    void on(OpinionSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .set("opinions." + e.expertId(), new Document("expertId", e.expertId()).append("version", e.version())
                        .append("text", e.text()).append("submittedOn", e.submittedOn().toString())
                        .append("submittedAt", at.toString())));
    }

    @EventHandler
    void on(ReviewWorkshopHeld e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = new Update().push("workshops", new Document("heldOn", e.heldOn().toString())
                .append("attendees", e.attendees()).append("summary", e.summary()));
        apply(e.engagementId(), seq, at, update, e, e.heldOn(), null, null);
    }

    @EventHandler
    void on(ReviewCollectionClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update(), e, today(at), null, null);
    }

    @EventHandler
    void on(ReportDrafted e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update().push("drafts",
                report(e.version(), e.summary(), e.findings(), e.recommendations(), e.dissentingOpinions())
                        .append("draftedAt", at.toString())));
    }

    @EventHandler
    void on(DraftSubmitted e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update(), e, today(at), null, null);
    }

    @EventHandler
    void on(DraftReturned e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update(), e, today(at), null, e.reason());
    }

    @EventHandler
    void on(ReviewReportSent e, @SequenceNumber long seq, @Timestamp Instant at) {
        Document sent = report(e.version(), e.summary(), e.findings(), e.recommendations(), e.dissentingOpinions())
                .append("decision", DecisionDocuments.of(e.decision())).append("signedBy", e.signedBy())
                .append("sentOn", e.sentOn().toString()).append("responseDue", e.responseDue().toString());
        Update update = new Update().set("sentReport", sent).set("due.responseDue", e.responseDue().toString())
                                    .push("dues", dueFact(DUE_RESPONSE, e.responseDue(), at));
        apply(e.engagementId(), seq, at, update, e, e.sentOn(), e.decision(), null);
    }

    @EventHandler
    void on(ReviewResponseRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        List<Document> answers = new ArrayList<>();
        for (RecommendationAnswer a : e.answers()) {
            answers.add(new Document("recommendationId", a.recommendationId()).append("adoption", a.adoption().name())
                                                                              .append("explanation", a.explanation()));
        }
        Update update = new Update().set("response", new Document("receivedOn", e.receivedOn().toString())
                .append("answers", answers).append("adoption", e.adoption().name()).append("explanation", e.explanation()))
                                    .set("adoption", e.adoption().name());
        apply(e.engagementId(), seq, at, update, e, e.receivedOn(), null, null);
    }

    @EventHandler
    void on(ReviewClosed e, @SequenceNumber long seq, @Timestamp Instant at) {
        Update update = new Update().set("adoption", e.adoption().name())
                                    .set("adoptionCounts", new Document("adopted", e.counts().adopted())
                                            .append("partiallyAdopted", e.counts().partiallyAdopted())
                                            .append("notAdopted", e.counts().notAdopted())
                                            .append("noResponse", e.counts().noResponse()))
                                    .set("closedOn", e.closedOn().toString())
                                    .set("closedBy", e.closedBy());
        apply(e.engagementId(), seq, at, update, e, e.closedOn(), null, null);
    }

    @EventHandler
    void on(OutcomePublicationDecided e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update().set("published", e.publish())
                                                                       .set("publishedOn", today(at).toString()));
    }

    @EventHandler
    void on(RequestWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update(), e, e.on(), null, e.reason());
    }

    @EventHandler
    void on(EngagementCancelled e, @SequenceNumber long seq, @Timestamp Instant at) {
        apply(e.engagementId(), seq, at, new Update(), e, e.decision().date(), e.decision(), e.reason());
    }

    @EventHandler
    void on(CostRecorded e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, e.engagementId(), seq, new Update()
                .push("costs", new Document("amountVnd", e.amountVnd()).append("description", e.description())
                        .append("incurredOn", e.incurredOn().toString()).append("planYear", e.planYear()))
                .inc("costTotalVnd", e.amountVnd()));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    private Update request(RequestDetails r, Instant at) {
        return new Update()
                .set("title", r.title())
                .set("sortTitle", SortKeys.of(r.title()))
                .set("searchText", VietnameseText.fold(r.title() + " " + r.requester().name()
                                                       + (r.draftingBody() == null ? "" : " " + r.draftingBody())))
                .set("subjectType", r.subjectType().name())
                .set("issuingLevel", r.issuingLevel().name())
                .set("sector", r.sector())
                .set("requester", new Document("name", r.requester().name()).append("kind", r.requester().kind().name())
                                                                        .append("id", r.requester().requesterId()))
                .set("draftingBody", r.draftingBody())
                .set("reviewTypes", names(r.reviewTypes()))
                .set("receivedAt", r.receivedAt().toString())
                .set("year", r.receivedAt().getYear())
                .set("requestedDeadline", r.requestedDeadline() == null ? null : r.requestedDeadline().toString())
                .set("dossier", r.dossier())
                .set("confidential", r.confidential())
                .set("coOrganiser", r.coOrganiser())
                .set("leadOrg", r.leadOrg())
                .set("published", false)
                .set("createdAt", at.toString());
    }

    /**
     * The due dates as the request arrived (the view shows the current ones under {@code due}), and each due date with
     * the instant it became known under {@code dues}, so the overdue list can answer as the system knew it then.
     */
    private static void due(Update update, DueDates due, Instant at) {
        update.set("due", new Document("regulation", due.regulation())
                .append("acknowledgeBy", due.acknowledgeBy().toString())
                .append("decideBy", due.decideBy().toString())
                .append("reportDue", due.reportDue().toString())
                .append("shortNotice", due.shortNotice()));
        update.push("dues").each(dueFact(DUE_DECISION, due.decideBy(), at), dueFact(DUE_REPORT, due.reportDue(), at));
    }

    private static Document dueFact(String kind, LocalDate date, Instant recordedAt) {
        return new Document("kind", kind).append("date", date.toString()).append("recordedAt", recordedAt.toString());
    }

    private static Document report(int version, String summary, String findings, List<Recommendation> recommendations,
                                   List<Dissent> dissents) {
        return new Document("version", version).append("summary", summary).append("findings", findings)
                .append("recommendations", recommendations.stream()
                        .map(r -> new Document("recommendationId", r.recommendationId()).append("text", r.text())).toList())
                .append("dissentingOpinions", dissents.stream()
                        .map(d -> new Document("expertId", d.expertId()).append("text", d.text())).toList());
    }

    /** A lifecycle step: the new status, and an entry in the dated timeline statistics read. */
    private void apply(String id, long seq, Instant at, Update update, StatusChanged e, LocalDate effective,
                       DecisionRef decision, String reason) {
        Document entry = new Document("status", e.status().name())
                .append("event", e.getClass().getSimpleName())
                .append("effectiveDate", effective.toString())
                .append("recordedAt", at.toString());
        if (decision != null) {
            entry.append("decision", DecisionDocuments.of(decision));
        }
        if (reason != null) {
            entry.append("reason", reason);
        }
        documents.apply(COLLECTION, id, seq, update.set("status", e.status().name())
                                                   .set("statusSince", effective.toString())
                                                   .set("updatedAt", at.toString())
                                                   .push("statusTimeline", entry));
    }

    private static LocalDate today(Instant at) {
        return at.atZone(Clocks.VIETNAM).toLocalDate();
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("year", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("searchText", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("sortTitle", Sort.Direction.ASC));
        SortKeys.fillMissing(documents.mongo(), COLLECTION, "title", "sortTitle");
    }
}
