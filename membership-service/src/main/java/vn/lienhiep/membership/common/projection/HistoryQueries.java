package vn.lienhiep.membership.common.projection;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.PageResult;

/** A subject's history, newest first by recording time. */
@Component
public class HistoryQueries {

    private final MongoTemplate mongo;

    public HistoryQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public PageResult<HistoryEntryView> of(String subject, int page, int size) {
        return of(subject, List.of(), page, size);
    }

    /**
     * A subject's history without the lines that also belong to any of {@code excluded} (a person's history as an
     * officer may read it: nothing about the person's memberships in other organisations).
     */
    public PageResult<HistoryEntryView> of(String subject, Collection<String> excluded, int page, int size) {
        Criteria about = Criteria.where("subjects").is(subject);
        Query query = Query.query(excluded.isEmpty() ? about
                : new Criteria().andOperator(about, Criteria.where("subjects").nin(excluded)));
        long total = mongo.count(query, HistoryProjection.COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "recordedAt").and(Sort.by(Sort.Direction.DESC, "sequence")))
             .skip((long) page * size).limit(size);
        List<HistoryEntryView> items = mongo.find(query, Document.class, HistoryProjection.COLLECTION).stream()
                                            .map(HistoryQueries::view).toList();
        return PageResult.of(items, page, size, total);
    }

    private static HistoryEntryView view(Document d) {
        Document decision = d.get("decision", Document.class);
        return new HistoryEntryView(d.getString("eventType"), d.getString("summaryVi"), d.getString("summaryEn"),
                d.getString("effectiveDate"), d.getString("recordedAt"), d.getString("actingUser"),
                d.getString("actingRoles"),
                decision == null ? null : new HistoryEntryView.Decision(decision.getString("number"),
                        decision.getString("date"), decision.getString("issuedBy"), decision.getString("signer")),
                ((Number) d.get("sequence")).longValue(), d.getString("aggregateId"));
    }

    /**
     * @param effectiveDate when the change took effect (legal date); {@code recordedAt} when it was entered
     * @param actingRoles   the roles the acting user held when they acted (comma-separated)
     */
    public record HistoryEntryView(String eventType, String summaryVi, String summaryEn, String effectiveDate,
                                   String recordedAt, String actingUser, String actingRoles, Decision decision, long sequence,
                                   String aggregateId) {
        public record Decision(String number, String date, String issuedBy, String signer) {
        }
    }
}
