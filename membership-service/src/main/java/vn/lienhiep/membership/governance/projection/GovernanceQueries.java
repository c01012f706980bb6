package vn.lienhiep.membership.governance.projection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.membership.governance.domain.GoverningBodyType;
import vn.lienhiep.membership.governance.domain.Position;

/** Reads of the {@code governance} read model. */
@Component
public class GovernanceQueries {

    private final MongoTemplate mongo;

    public GovernanceQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Terms, congresses and the bodies as they stand; the version is the union aggregate's. */
    public GovernanceOverview overview(String unionId) {
        Document union = mongo.findById(unionId, Document.class, GovernanceProjection.UNIONS);
        long version = union == null ? -1 : ((Number) union.get("version")).longValue();
        List<Document> terms = byUnion(GovernanceProjection.TERMS, unionId);
        Integer active = terms.stream().filter(t -> "ACTIVE".equals(t.getString("status")))
                              .map(t -> t.getInteger("ordinal")).findFirst().orElse(null);
        List<OfficeHoldingView> current = holdersAsOf(unionId, null);
        Map<String, List<OfficeHoldingView>> bodies = new LinkedHashMap<>();
        for (GoverningBodyType body : GoverningBodyType.values()) {
            bodies.put(body.name(), current.stream().filter(h -> h.body().equals(body.name())).toList());
        }
        return new GovernanceOverview(unionId, version, active, terms, byUnion(GovernanceProjection.CONGRESSES, unionId),
                                      bodies);
    }

    public Optional<Document> term(String unionId, int ordinal) {
        return one(GovernanceProjection.TERMS, unionId, ordinal);
    }

    public Optional<Document> congress(String unionId, int ordinal) {
        return one(GovernanceProjection.CONGRESSES, unionId, ordinal);
    }

    /**
     * Who held which position on {@code date} (null: now): holdings that began on or before it and had not ended by
     * it. A holding ending on D is not held on D: on a congress's closing day the newly elected hold office.
     */
    public List<OfficeHoldingView> holdersAsOf(String unionId, LocalDate date) {
        Criteria criteria = Criteria.where("unionId").is(unionId);
        if (date == null) {
            criteria = criteria.and("until").is(null);
        } else {
            criteria = criteria.and("from").lte(date.toString())
                               .orOperator(Criteria.where("until").is(null), Criteria.where("until").gt(date.toString()));
        }
        return mongo.find(Query.query(criteria), Document.class, GovernanceProjection.HOLDINGS).stream()
                    .map(GovernanceQueries::holding)
                    .sorted(Comparator.comparing((OfficeHoldingView h) -> GoverningBodyType.valueOf(h.body()).ordinal())
                                      .thenComparing(h -> Position.valueOf(h.position()).ordinal())
                                      .thenComparing(OfficeHoldingView::fullName))
                    .toList();
    }

    private List<Document> byUnion(String collection, String unionId) {
        Query query = Query.query(Criteria.where("unionId").is(unionId)).with(Sort.by("ordinal"));
        return mongo.find(query, Document.class, collection).stream().map(GovernanceQueries::clean).toList();
    }

    private Optional<Document> one(String collection, String unionId, int ordinal) {
        return Optional.ofNullable(mongo.findById(GovernanceProjection.id(unionId, ordinal), Document.class, collection))
                       .map(GovernanceQueries::clean);
    }

    private static Document clean(Document d) {
        Document copy = new Document(d);
        copy.remove("_id");
        return copy;
    }

    private static OfficeHoldingView holding(Document d) {
        return new OfficeHoldingView(d.getString("holdingId"), d.getString("personId"), d.getString("fullName"),
                d.getString("body"), d.getString("position"), d.getString("mode"), d.getString("from"),
                d.getString("until"), d.getString("basis"), d.getInteger("termOrdinal"), d.getInteger("congressOrdinal"),
                d.get("decision", Document.class), d.getString("endReason"));
    }

    public record GovernanceOverview(String unionId, long version, Integer activeTermOrdinal, List<Document> terms,
                                     List<Document> congresses, Map<String, List<OfficeHoldingView>> currentBodies) {
    }

    /** A holding as the API shows it; {@code until} null while current. */
    public record OfficeHoldingView(String holdingId, String personId, String fullName, String body, String position,
                                    String mode, String from, String until, String basis, Integer termOrdinal,
                                    Integer congressOrdinal, Document decision, String endReason) {
    }
}
