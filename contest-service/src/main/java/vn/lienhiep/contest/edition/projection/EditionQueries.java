package vn.lienhiep.contest.edition.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.platform.readmodel.ListSort;
import vn.lienhiep.platform.readmodel.PageResult;

/** Reads of the {@code contest_editions} read model. */
@Component
public class EditionQueries {

    /** {@code sort} of {@code GET /editions}: award year or ordinal; newest first by default. */
    public static final ListSort SORTS = ListSort.defaultOrder(Sort.by(Sort.Direction.DESC, "awardYear")
                                                                   .and(Sort.by(Sort.Direction.DESC, "ordinal"))
                                                                   .and(Sort.by("_id")))
            .field("awardYear", "awardYear").field("ordinal", "ordinal").build();

    private final MongoTemplate mongo;
    private final JsonDocuments json;

    public EditionQueries(MongoTemplate mongo, JsonDocuments json) {
        this.mongo = mongo;
        this.json = json;
    }

    public Optional<EditionView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, EditionProjection.COLLECTION))
                       .map(d -> json.read(d, EditionView.class));
    }

    public PageResult<EditionView> search(String type, String status, Sort order, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        if (type != null) {
            filters.add(Criteria.where("type").is(type));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, EditionProjection.COLLECTION);
        query.with(order).skip((long) page * size).limit(size);
        return PageResult.of(mongo.find(query, Document.class, EditionProjection.COLLECTION).stream()
                                  .map(d -> json.read(d, EditionView.class)).toList(), page, size, total);
    }

    /** Editions whose results were approved, newest first: the gallery's editions. */
    public List<EditionView> awarded() {
        Query query = new Query(Criteria.where("resultsDecision").exists(true).and("status").ne("CANCELLED"))
                .with(Sort.by(Sort.Direction.DESC, "awardYear").and(Sort.by("type")));
        return mongo.find(query, Document.class, EditionProjection.COLLECTION).stream()
                    .map(d -> json.read(d, EditionView.class)).toList();
    }
}
