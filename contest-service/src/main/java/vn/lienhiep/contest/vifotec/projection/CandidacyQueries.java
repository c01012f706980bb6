package vn.lienhiep.contest.vifotec.projection;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.platform.readmodel.PageResult;

/** Reads of the {@code contest_vifotec_candidacies} read model. */
@Component
public class CandidacyQueries {

    private static final String COLLECTION = CandidacyProjection.COLLECTION;

    private final MongoTemplate mongo;
    private final JsonDocuments json;

    public CandidacyQueries(MongoTemplate mongo, JsonDocuments json) {
        this.mongo = mongo;
        this.json = json;
    }

    public Optional<CandidacyView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                       .map(d -> json.read(d, CandidacyView.class));
    }

    public PageResult<CandidacyView> search(Integer awardYear, String status, int page, int size) {
        Criteria criteria = new Criteria();
        if (awardYear != null) {
            criteria = criteria.and("awardYear").is(awardYear);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = new Query(criteria);
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "awardYear").and(Sort.by("title"))).skip((long) page * size).limit(size);
        List<CandidacyView> items = mongo.find(query, Document.class, COLLECTION).stream()
                                             .map(d -> json.read(d, CandidacyView.class)).toList();
        return PageResult.of(items, page, size, total);
    }
}
