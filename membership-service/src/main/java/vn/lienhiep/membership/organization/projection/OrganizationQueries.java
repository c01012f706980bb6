package vn.lienhiep.membership.organization.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.ListSort;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;

/** Reads of the {@code organizations} read model. */
@Component
public class OrganizationQueries {

    /** {@code sort} of {@code GET /organizations}: name (Vietnamese order), admittedOn, status; by name by default. */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by("searchName", "_id"))
            .field("name", "sortName").field("admittedOn", "admittedOn").field("status", "status").build();

    private final MongoTemplate mongo;

    public OrganizationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<OrganizationView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, OrganizationProjection.COLLECTION))
                       .map(OrganizationQueries::view);
    }

    public PageResult<OrganizationView> search(String q, String kind, String status, int page, int size) {
        return search(q, kind, status == null ? null : List.of(status), SORTS.parse(null), page, size);
    }

    public PageResult<OrganizationView> search(String q, String kind, String status, Sort order, int page, int size) {
        return search(q, kind, status == null ? null : List.of(status), order, page, size);
    }

    /**
     * @param statuses any of these; null for every status
     * @param order    {@link #SORTS}
     */
    public PageResult<OrganizationView> search(String q, String kind, List<String> statuses, Sort order, int page,
                                               int size) {
        List<Criteria> filters = new ArrayList<>();
        Criteria text = TextSearch.matchingAllWords("searchName", q);
        if (text != null) {
            filters.add(text);
        }
        if (kind != null) {
            filters.add(Criteria.where("kind").is(kind));
        }
        if (statuses != null) {
            filters.add(Criteria.where("status").in(statuses));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(filters.size() == 1 ? filters.get(0) : new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, OrganizationProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        List<OrganizationView> items = mongo.find(query, Document.class, OrganizationProjection.COLLECTION)
                                            .stream().map(OrganizationQueries::view).toList();
        return PageResult.of(items, page, size, total);
    }

    @SuppressWarnings("unchecked")
    static OrganizationView view(Document d) {
        List<OrganizationView.MemberCount> counts = ((List<Document>) d.getOrDefault("memberCounts", List.of()))
                .stream()
                .map(c -> new OrganizationView.MemberCount(c.getString("asOf"), c.getInteger("members", 0),
                                                           c.getInteger("intellectualMembers", 0),
                                                           c.getString("recordedAt")))
                .sorted(Comparator.comparing(OrganizationView.MemberCount::asOf))
                .toList();
        List<OrganizationView.StatusEntry> timeline = ((List<Document>) d.getOrDefault("statusTimeline", List.of()))
                .stream()
                .map(s -> new OrganizationView.StatusEntry(s.getString("status"), s.getString("effectiveDate"),
                                                           s.getString("recordedAt"), s.getString("transition"),
                                                           decision(s.get("decision", Document.class)),
                                                           s.getString("reason")))
                .toList();
        List<OrganizationView.NameEntry> names = ((List<Document>) d.getOrDefault("nameHistory", List.of()))
                .stream()
                .map(n -> new OrganizationView.NameEntry(n.getString("name"), n.getString("from"),
                                                         decision(n.get("decision", Document.class))))
                .toList();
        return new OrganizationView(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("name"),
                d.getString("shortName"), d.getString("kind"), d.getString("field"),
                d.getBoolean("foundingMember", false), d.getBoolean("specialStatus", false),
                d.getBoolean("stateStaffed", false), d.getString("establishmentDecision"), d.getString("status"),
                d.getString("statusSince"), d.getString("appliedOn"), d.getString("admittedOn"),
                decision(d.get("admission", Document.class)), (List<String>) d.getOrDefault("dossier", List.of()),
                d.getBoolean("fromArchive", false), counts.isEmpty() ? null : counts.get(counts.size() - 1), counts,
                timeline, names, d.getString("createdAt"), d.getString("updatedAt"));
    }

    static OrganizationView.Decision decision(Document d) {
        return d == null ? null : new OrganizationView.Decision(d.getString("number"), d.getString("date"),
                                                               d.getString("issuedBy"), d.getString("signer"));
    }
}
