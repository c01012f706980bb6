package vn.lienhiep.membership.expert.subscriptions;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.consuming.ReceivedEvent;

/**
 * Each expert's review history on their profile (docs/domain/README.md#flow-expert-history), learned only from review's public events:
 * expert-assigned adds an engagement with the expert's panel role, engagement-closed completes every entry of that
 * engagement with its closing date and adoption outcome. Both writes are upserts keyed by (expert, engagement), so a
 * redelivered event changes nothing; events of one engagement share a Kafka key and arrive in order.
 */
@Configuration
public class ReviewHistorySubscription {

    public static final String COLLECTION = "expert_review_history";
    public static final String TOPIC = "lienhiep.review.v1";

    @Bean
    public PublicEventSubscription expertReviewHistory(MongoTemplate mongo) {
        return PublicEventSubscription.named("expert-review-history")
                .topic(TOPIC)
                .on("review", "expert-assigned", 1, ExpertAssignedV1.class,
                    (payload, event) -> assigned(mongo, payload, event))
                .on("review", "engagement-closed", 1, EngagementClosedV1.class,
                    (payload, event) -> closed(mongo, payload))
                .build();
    }

    static void assigned(MongoTemplate mongo, ExpertAssignedV1 e, ReceivedEvent event) {
        Query entry = Query.query(Criteria.where("_id").is(e.expertId() + ":" + e.engagementId()));
        Update update = new Update().set("expertId", e.expertId())
                                    .set("engagementId", e.engagementId())
                                    .set("panelRole", e.panelRole())
                                    .set("subjectType", e.subjectType())
                                    .set("assignedOn", e.assignedOn())
                                    .set("province", event.province());
        mongo.upsert(entry, update, COLLECTION);
    }

    static void closed(MongoTemplate mongo, EngagementClosedV1 e) {
        Update update = new Update().set("closedOn", e.closedOn()).set("adoption", e.adoption());
        mongo.updateMulti(Query.query(Criteria.where("engagementId").is(e.engagementId())), update, COLLECTION);
    }

    /** Review's expert-assigned v1, the fields membership uses (the consumer validated the whole payload). */
    public record ExpertAssignedV1(String engagementId, String expertId, String displayName, String panelRole,
                                   String subjectType, String assignedOn) {
    }

    /** Review's engagement-closed v1, the fields membership uses. */
    public record EngagementClosedV1(String engagementId, String closedOn, String adoption, String subjectType,
                                     List<String> forms, String origin, String requesterKind,
                                     List<String> expertIds) {
    }
}
