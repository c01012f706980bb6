package vn.lienhiep.platform.observability;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Read-model store health by {@code ping} + {@code buildInfo}. Boot's own indicator sends {@code hello}, which the
 * embedded stack's Mongo-wire server does not implement, so it would report DOWN forever (ADR 0004); ping and
 * buildInfo are answered by both the Mongo-wire server and a real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        Document info = mongo.executeCommand(new Document("buildInfo", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("version", info.get("version"));
    }
}
