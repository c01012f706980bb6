package vn.lienhiep.membership.expert.subscriptions;

import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of each expert's review history, kept by {@link ReviewHistorySubscription}. */
@Component
public class ReviewHistoryQueries {

    private final MongoTemplate mongo;

    public ReviewHistoryQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The expert's engagements, newest assignment first. */
    public List<ReviewHistoryEntry> of(String expertId) {
        Query query = Query.query(Criteria.where("expertId").is(expertId))
                           .with(Sort.by(Sort.Direction.DESC, "assignedOn"));
        return mongo.find(query, Document.class, ReviewHistorySubscription.COLLECTION).stream()
                    .map(ReviewHistoryEntry::of).toList();
    }

    /**
     * One engagement in an expert's review history.
     *
     * @param closedOn null while the engagement runs
     * @param adoption how the requester took up the union's recommendations; null while the engagement runs
     */
    public record ReviewHistoryEntry(String engagementId, String panelRole, String subjectType, String assignedOn,
                                     String closedOn, String adoption) {

        static ReviewHistoryEntry of(Document d) {
            return new ReviewHistoryEntry(d.getString("engagementId"), d.getString("panelRole"),
                                          d.getString("subjectType"), d.getString("assignedOn"),
                                          d.getString("closedOn"), d.getString("adoption"));
        }
    }
}
