package vn.lienhiep.review.expertrecord.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.review.engagement.domain.EngagementEvents.EngagementCancelled;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ExpertInvited;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ExpertRemovedFromPanel;
import vn.lienhiep.review.engagement.domain.EngagementEvents.InvitationAccepted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.InvitationDeclined;
import vn.lienhiep.review.engagement.domain.EngagementEvents.RequestWithdrawn;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewAccepted;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewClosed;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewPanelFormed;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewProposed;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewReportSent;
import vn.lienhiep.review.engagement.domain.EngagementEvents.ReviewRequestReceived;
import vn.lienhiep.review.engagement.domain.PanelSeat;
import vn.lienhiep.review.engagement.domain.RequestDetails;

/**
 * The {@code review_expert_records} read model: one document per (expert, engagement), {@code _id}
 * "expertId:engagementId", holding what happened to that expert on that engagement: the role, when they were invited
 * and accepted, whether the panel was confirmed with them, when the report went out, when and how the engagement
 * closed. A declined invitation or a removal stays, with its outcome: the record says what happened.
 *
 * <p>Every write is {@link VersionedDocuments#apply} with the engagement's sequence number, so a redelivered event
 * changes nothing. Engagement-wide facts (title, report sent, closure) fan out to the expert documents of that
 * engagement; a companion collection keeps the title and subject so an expert invited later gets them too. Both are
 * written only by this processor, on the engagement's single segment, in event order (VersionedDocuments' one-writer
 * premise holds).
 */
@Component
@ProcessingGroup(ExpertRecordProjection.PROCESSOR)
public class ExpertRecordProjection {

    public static final String PROCESSOR = "expert-records";
    public static final String COLLECTION = "review_expert_records";
    /** Per engagement: title, subject, confidentiality, as needed when an expert is invited. */
    public static final String ENGAGEMENTS = "review_expert_record_engagements";

    /** Outcomes of an expert still on the engagement: later engagement facts concern them. */
    static final List<String> ON_ENGAGEMENT = List.of("INVITED", "ACCEPTED", "CONFIRMED");

    private final VersionedDocuments documents;

    public ExpertRecordProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    public static String id(String expertId, String engagementId) {
        return expertId + ":" + engagementId;
    }

    @EventHandler
    void on(ReviewRequestReceived e, @SequenceNumber long seq) {
        engagement(e.engagementId(), seq, e.request());
    }

    @EventHandler
    void on(ReviewProposed e, @SequenceNumber long seq) {
        engagement(e.engagementId(), seq, e.request());
    }

    /** The mandate check may settle the subject type: it is the one the record shows. */
    @EventHandler
    void on(ReviewAccepted e, @SequenceNumber long seq) {
        documents.apply(ENGAGEMENTS, e.engagementId(), seq, new Update().set("subjectType", e.subjectType().name()));
        fanOut(e.engagementId(), seq, new Update().set("subjectType", e.subjectType().name()));
    }

    @EventHandler
    void on(ExpertInvited e, @SequenceNumber long seq) {
        Document engagement = documents.mongo().findById(e.engagementId(), Document.class, ENGAGEMENTS);
        Update update = new Update().set("expertId", e.expertId())
                                    .set("personId", e.personId())
                                    .set("engagementId", e.engagementId())
                                    .set("role", e.role().name())
                                    .set("outcome", "INVITED")
                                    .set("invitedOn", e.invitedOn().toString())
                                    .set("engagementStatus", "OPEN")
                                    .unset("acceptedOn").unset("declinedOn").unset("declineReason")
                                    .unset("removedOn").unset("removalReason");
        if (engagement != null) {
            update.set("title", engagement.getString("title"))
                  .set("subjectType", engagement.getString("subjectType"))
                  .set("confidential", Boolean.TRUE.equals(engagement.getBoolean("confidential")));
        }
        documents.apply(COLLECTION, id(e.expertId(), e.engagementId()), seq, update);
    }

    @EventHandler
    void on(InvitationAccepted e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, id(e.expertId(), e.engagementId()), seq, new Update()
                .set("outcome", "ACCEPTED").set("role", e.role().name()).set("acceptedOn", e.acceptedOn().toString()));
    }

    @EventHandler
    void on(InvitationDeclined e, @SequenceNumber long seq) {
        documents.apply(COLLECTION, id(e.expertId(), e.engagementId()), seq, new Update()
                .set("outcome", "DECLINED").set("declinedOn", e.declinedOn().toString()).set("declineReason", e.reason()));
    }

    @EventHandler
    void on(ExpertRemovedFromPanel e, @SequenceNumber long seq, @Timestamp Instant at) {
        documents.apply(COLLECTION, id(e.expertId(), e.engagementId()), seq, new Update()
                .set("outcome", "REMOVED").set("removedOn", today(at).toString()).set("removalReason", e.reason()));
    }

    @EventHandler
    void on(ReviewPanelFormed e, @SequenceNumber long seq) {
        for (PanelSeat seat : e.members()) {
            documents.apply(COLLECTION, id(seat.expertId(), e.engagementId()), seq, new Update()
                    .set("expertId", seat.expertId()).set("engagementId", e.engagementId())
                    .set("outcome", "CONFIRMED").set("confirmed", true).set("role", seat.role().name())
                    .set("confirmedOn", e.formedOn().toString()));
        }
    }

    @EventHandler
    void on(ReviewReportSent e, @SequenceNumber long seq) {
        fanOut(e.engagementId(), seq, new Update().set("reportSentOn", e.sentOn().toString()));
    }

    @EventHandler
    void on(ReviewClosed e, @SequenceNumber long seq) {
        fanOut(e.engagementId(), seq, new Update().set("closedOn", e.closedOn().toString())
                                                  .set("adoption", e.adoption().name())
                                                  .set("engagementStatus", "CLOSED"));
    }

    @EventHandler
    void on(RequestWithdrawn e, @SequenceNumber long seq) {
        fanOut(e.engagementId(), seq, new Update().set("engagementStatus", "WITHDRAWN")
                                                  .set("endedOn", e.on().toString()));
    }

    @EventHandler
    void on(EngagementCancelled e, @SequenceNumber long seq) {
        fanOut(e.engagementId(), seq, new Update().set("engagementStatus", "CANCELLED")
                                                  .set("endedOn", e.decision().date().toString()));
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        documents.mongo().dropCollection(ENGAGEMENTS);
        createIndexes();
    }

    private void engagement(String engagementId, long seq, RequestDetails request) {
        documents.apply(ENGAGEMENTS, engagementId, seq, new Update().set("title", request.title())
                .set("subjectType", request.subjectType().name()).set("confidential", request.confidential()));
    }

    /** An engagement-wide fact, written to the record of every expert still on it. */
    private void fanOut(String engagementId, long seq, Update update) {
        Query onEngagement = Query.query(Criteria.where("engagementId").is(engagementId).and("outcome").in(ON_ENGAGEMENT));
        onEngagement.fields().include("_id");
        for (Document doc : documents.mongo().find(onEngagement, Document.class, COLLECTION)) {
            documents.apply(COLLECTION, doc.get("_id"), seq, update);
        }
    }

    private static LocalDate today(Instant at) {
        return at.atZone(Clocks.VIETNAM).toLocalDate();
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("expertId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("engagementId", Sort.Direction.ASC));
    }
}
