package vn.lienhiep.review.plan.projection;

import java.time.Instant;
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

import vn.lienhiep.platform.readmodel.DecisionDocuments;
import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.review.plan.domain.PlanEvents.*;

/**
 * The {@code review_plans} read model: one document per plan with its items, estimate and actual totals (per item and
 * overall), status, the People's Committee's decision and every recorded cost. Item lists are rewritten whole (read,
 * change, write) rather than with positional operators, which the Mongo-wire server does not handle reliably; that is
 * safe because one plan's events reach this handler in order on one thread. Dates are ISO strings.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSOR)
public class PlanProjection {

    public static final String PROCESSOR = "review-plans";
    public static final String COLLECTION = "review_plans";

    private final VersionedDocuments documents;

    public PlanProjection(VersionedDocuments documents) {
        this.documents = documents;
        createIndexes();
    }

    @EventHandler
    void on(PlanDrafted e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.planId(), seq, new Update()
                .set("year", e.year())
                .set("title", e.title())
                .set("searchTitle", VietnameseText.fold(e.title()))
                .set("status", "DRAFT")
                .set("items", List.of())
                .set("costs", List.of())
                .set("returns", List.of())
                .set("estimateTotalVnd", 0L)
                .set("actualTotalVnd", 0L)
                .set("createdAt", recordedAt.toString())
                .set("updatedAt", recordedAt.toString()));
    }

    @EventHandler
    void on(PlanItemAdded e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        List<Document> items = items(e.planId());
        items.add(new Document("itemId", e.itemId())
                .append("title", e.title())
                .append("subjectType", e.subjectType().name())
                .append("forms", e.forms().stream().map(Enum::name).sorted().toList())
                .append("estimateVnd", e.estimateVnd())
                .append("engagementId", e.engagementId())
                .append("actualVnd", 0L)
                .append("overEstimate", false));
        documents.apply(COLLECTION, e.planId(), seq, withItems(items, recordedAt));
    }

    @EventHandler
    void on(PlanItemRemoved e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        List<Document> items = items(e.planId());
        items.removeIf(i -> e.itemId().equals(i.getString("itemId")));
        documents.apply(COLLECTION, e.planId(), seq, withItems(items, recordedAt));
    }

    @EventHandler
    void on(EngagementLinked e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        List<Document> items = items(e.planId());
        items.stream().filter(i -> e.itemId().equals(i.getString("itemId")))
             .forEach(i -> i.put("engagementId", e.engagementId()));
        documents.apply(COLLECTION, e.planId(), seq, withItems(items, recordedAt));
    }

    @EventHandler
    void on(PlanSubmitted e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.planId(), seq, new Update()
                .set("status", "SUBMITTED")
                .set("submittedOn", e.submittedOn().toString())
                .set("updatedAt", recordedAt.toString()));
    }

    @EventHandler
    void on(PlanApproved e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.planId(), seq, new Update()
                .set("status", "APPROVED")
                .set("approval", DecisionDocuments.of(e.decision()))
                .set("approvedOn", e.decision().date().toString())
                .set("approvedEstimateVnd", e.estimateTotalVnd())
                .set("updatedAt", recordedAt.toString()));
    }

    @EventHandler
    void on(PlanReturned e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        documents.apply(COLLECTION, e.planId(), seq, new Update()
                .set("status", "DRAFT")
                .push("returns", new Document("reason", e.reason()).append("on", e.returnedOn().toString()))
                .set("updatedAt", recordedAt.toString()));
    }

    @EventHandler
    void on(PlanCostRecorded e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        List<Document> items = items(e.planId());
        items.stream().filter(i -> e.itemId().equals(i.getString("itemId"))).forEach(i -> {
            i.put("actualVnd", e.itemActualVnd());
            i.put("overEstimate", e.overEstimate());
        });
        Update update = withItems(items, recordedAt)
                .push("costs", new Document("itemId", e.itemId())
                        .append("engagementId", e.engagementId())
                        .append("amountVnd", e.amountVnd())
                        .append("description", e.description())
                        .append("incurredOn", e.incurredOn().toString())
                        .append("overEstimate", e.overEstimate())
                        .append("recordedAt", recordedAt.toString()));
        documents.apply(COLLECTION, e.planId(), seq, update);
    }

    @ResetHandler
    void reset() {
        documents.mongo().dropCollection(COLLECTION);
        createIndexes();
    }

    @SuppressWarnings("unchecked")
    private List<Document> items(String planId) {
        Document plan = documents.mongo().findById(planId, Document.class, COLLECTION);
        List<Document> items = plan == null ? null : (List<Document>) plan.get("items");
        return items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    private static Update withItems(List<Document> items, Instant recordedAt) {
        long estimate = items.stream().mapToLong(i -> ((Number) i.get("estimateVnd")).longValue()).sum();
        long actual = items.stream().mapToLong(i -> ((Number) i.get("actualVnd")).longValue()).sum();
        return new Update().set("items", items)
                           .set("estimateTotalVnd", estimate)
                           .set("actualTotalVnd", actual)
                           .set("overEstimate", actual > estimate)
                           .set("updatedAt", recordedAt.toString());
    }

    private void createIndexes() {
        var indexes = documents.mongo().indexOps(COLLECTION);
        indexes.createIndex(new Index().on("year", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC));
    }
}
