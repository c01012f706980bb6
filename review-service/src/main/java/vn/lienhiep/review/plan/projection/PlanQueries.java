package vn.lienhiep.review.plan.projection;

import java.util.ArrayList;
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

/** Reads of the {@code review_plans} read model. */
@Component
public class PlanQueries {

    /** {@code sort} of {@code GET /plans}: year; newest year first by default. */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by(Sort.Direction.DESC, "year").and(Sort.by("_id")))
            .field("year", "year").build();

    private final MongoTemplate mongo;

    public PlanQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<PlanView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, PlanProjection.COLLECTION)).map(PlanQueries::view);
    }

    /** @param order {@link #SORTS} (newest year first by default) */
    public PageResult<PlanView> search(Integer year, String status, Sort order, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        if (year != null) {
            filters.add(Criteria.where("year").is(year));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(filters.size() == 1 ? filters.get(0) : new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, PlanProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        List<PlanView> items = mongo.find(query, Document.class, PlanProjection.COLLECTION).stream()
                                    .map(PlanQueries::view).toList();
        return PageResult.of(items, page, size, total);
    }

    @SuppressWarnings("unchecked")
    static PlanView view(Document d) {
        List<PlanView.Item> items = ((List<Document>) d.getOrDefault("items", List.of())).stream()
                .map(i -> new PlanView.Item(i.getString("itemId"), i.getString("title"), i.getString("subjectType"),
                                            (List<String>) i.getOrDefault("forms", List.of()), amount(i, "estimateVnd"),
                                            i.getString("engagementId"), amount(i, "actualVnd"),
                                            i.getBoolean("overEstimate", false)))
                .toList();
        List<PlanView.Cost> costs = ((List<Document>) d.getOrDefault("costs", List.of())).stream()
                .map(c -> new PlanView.Cost(c.getString("itemId"), c.getString("engagementId"), amount(c, "amountVnd"),
                                            c.getString("description"), c.getString("incurredOn"),
                                            c.getBoolean("overEstimate", false), c.getString("recordedAt")))
                .toList();
        List<PlanView.Return> returns = ((List<Document>) d.getOrDefault("returns", List.of())).stream()
                .map(r -> new PlanView.Return(r.getString("reason"), r.getString("on"))).toList();
        Document approval = d.get("approval", Document.class);
        Object approvedEstimate = d.get("approvedEstimateVnd");
        return new PlanView(d.getString("_id"), amount(d, "version"), ((Number) d.get("year")).intValue(),
                d.getString("title"), d.getString("status"), items, amount(d, "estimateTotalVnd"),
                amount(d, "actualTotalVnd"), d.getBoolean("overEstimate", false), d.getString("submittedOn"),
                approval == null ? null : new PlanView.Decision(approval.getString("number"), approval.getString("date"),
                                                                approval.getString("issuedBy"),
                                                                approval.getString("signer")),
                approvedEstimate == null ? null : ((Number) approvedEstimate).longValue(), returns, costs,
                d.getString("createdAt"), d.getString("updatedAt"));
    }

    private static long amount(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
