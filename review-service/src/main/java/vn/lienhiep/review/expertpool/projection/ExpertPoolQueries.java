package vn.lienhiep.review.expertpool.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;

/** Reads of the {@code review_expert_pool} read model: active experts only. */
@Component
public class ExpertPoolQueries {

    private final MongoTemplate mongo;

    public ExpertPoolQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The expert if they are in the pool (verified and not deactivated since). */
    public Optional<PoolExpertView> findActive(String expertId) {
        Document d = mongo.findById(expertId, Document.class, ExpertPoolProjection.COLLECTION);
        return d == null || !Boolean.TRUE.equals(d.getBoolean("active")) ? Optional.empty() : Optional.of(view(d));
    }

    /**
     * @param q            words of the name, diacritics optional, in any order
     * @param field        an expertise field code the expert must have
     * @param availability membership's availability code
     */
    public PageResult<PoolExpertView> search(String q, String field, String availability, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(Criteria.where("active").is(true));
        Criteria text = TextSearch.matchingAllWords("searchName", q);
        if (text != null) {
            filters.add(text);
        }
        if (field != null) {
            filters.add(Criteria.where("expertiseFields").is(field));
        }
        if (availability != null) {
            filters.add(Criteria.where("availability").is(availability));
        }
        Query query = new Query(filters.size() == 1 ? filters.get(0)
                                                    : new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, ExpertPoolProjection.COLLECTION);
        query.with(Sort.by("searchName", "_id")).skip((long) page * size).limit(size);
        List<PoolExpertView> items = mongo.find(query, Document.class, ExpertPoolProjection.COLLECTION).stream()
                                          .map(ExpertPoolQueries::view).toList();
        return PageResult.of(items, page, size, total);
    }

    @SuppressWarnings("unchecked")
    private static PoolExpertView view(Document d) {
        return new PoolExpertView(d.getString("_id"), ((Number) d.get("version")).longValue(),
                                  d.getString("personId"), d.getString("displayName"),
                                  (List<String>) d.getOrDefault("expertiseFields", List.of()),
                                  (List<String>) d.getOrDefault("employers", List.of()), d.getString("scope"),
                                  d.getString("availability"), d.getString("updatedAt"));
    }
}
