package vn.lienhiep.review.expertrecord.projection;

import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of {@code review_expert_records}. */
@Component
public class ExpertRecordQueries {

    private final MongoTemplate mongo;

    public ExpertRecordQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every engagement the expert was invited to, oldest invitation first (ties by engagement id: a stable order). */
    public List<Document> ofExpert(String expertId) {
        Query query = Query.query(Criteria.where("expertId").is(expertId))
                           .with(Sort.by(Sort.Order.asc("invitedOn"), Sort.Order.asc("engagementId")));
        return mongo.find(query, Document.class, ExpertRecordProjection.COLLECTION);
    }
}
