package vn.lienhiep.review.expertpool.subscriptions;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.consuming.ReceivedEvent;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.review.expertpool.projection.ExpertPoolProjection;

/**
 * Review's expert pool, learned only from membership's public events (no call to membership, no membership classes:
 * the payload records below mirror infra/contracts schemas/membership/expert-*.v1.json).
 *
 * <p>Each event is applied twice: to the SQL replica the engagement's conflict-of-interest checks read, then to the
 * Mongo read model the UI searches. There is no transaction spanning both (Mongo has none), so each write is an
 * idempotent upsert guarded by membership's aggregate sequence, and the Mongo write runs even when SQL reports the
 * event as already applied: a delivery that failed between the two writes is retried by the consumer (it records the
 * event as processed only after the handler returned) and the retry completes the half-applied change.
 */
@Configuration
public class ExpertPoolSubscription {

    public static final String NAME = "expert-pool";
    public static final String TOPIC = "lienhiep.membership.v1";

    @Bean(NAME)
    public PublicEventSubscription expertPoolSubscription(JdbcExpertPool pool, ExpertPoolProjection projection) {
        return PublicEventSubscription.named(NAME)
                .topic(TOPIC)
                .on("membership", "expert-verified", 1, ExpertVerifiedV1.class,
                    (payload, event) -> activate(pool, projection, payload.toPoolExpert(), event))
                .on("membership", "expert-profile-changed", 1, ExpertProfileChangedV1.class,
                    (payload, event) -> activate(pool, projection, payload.toPoolExpert(), event))
                .on("membership", "expert-deactivated", 1, ExpertDeactivatedV1.class,
                    (payload, event) -> {
                        long sequence = sequence(event);
                        pool.deactivate(payload.expertId(), payload.personId(), sequence);
                        projection.deactivate(payload.expertId(), payload.personId(), sequence);
                    })
                .build();
    }

    private static void activate(JdbcExpertPool pool, ExpertPoolProjection projection, PoolExpert expert,
                                 ReceivedEvent event) {
        long sequence = sequence(event);
        pool.activate(expert, sequence);
        projection.activate(expert, sequence);
    }

    /** Without membership's aggregate sequence the order of an expert's events is unknown: retrying cannot help. */
    private static long sequence(ReceivedEvent event) {
        if (event.aggregateSequence() == null) {
            throw new PublicEventConsumers.PoisonEventException(
                    "event " + event.id() + " (" + event.type() + ") has no aggregatesequence extension");
        }
        return event.aggregateSequence();
    }

    /** Membership's expert-verified v1: the expert is ACTIVE in the expert database. */
    public record ExpertVerifiedV1(String expertId, String personId, String displayName, List<String> expertiseFields,
                                   String scope, List<String> employers, String availability, String verifiedAt) {
        PoolExpert toPoolExpert() {
            return new PoolExpert(expertId, personId, displayName, expertiseFields, employers, scope, availability);
        }
    }

    /** Membership's expert-profile-changed v1 (published only for ACTIVE experts). */
    public record ExpertProfileChangedV1(String expertId, String personId, String displayName,
                                         List<String> expertiseFields, String scope, List<String> employers,
                                         String availability, String verifiedAt) {
        PoolExpert toPoolExpert() {
            return new PoolExpert(expertId, personId, displayName, expertiseFields, employers, scope, availability);
        }
    }

    /** Membership's expert-deactivated v1: Review must no longer assign the expert. */
    public record ExpertDeactivatedV1(String expertId, String personId, String reason, String effectiveDate) {
    }
}
