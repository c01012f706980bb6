package vn.lienhiep.platform;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplayAndMetricsTest extends PlatformTestBase {

    @Autowired
    MongoTemplate mongo;

    @Test
    void oneCallRebuildsAReadModelFromTheEventStore() {
        String id = http.post("/api/platformtest/things", Map.of("label", "replay-me")).json().get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, Document.class, "things") != null);
        long before = mongo.count(new Query(), "things");
        mongo.insert(new Document("_id", "garbage-row"), "things"); // a read model that drifted

        HttpJson.Response started = admin.post("/api/platformtest/admin/processors/things/replay", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode status = admin.get("/api/platformtest/admin/processors/things").json();
            assertThat(status.get("caughtUp").asBoolean()).isTrue();
            assertThat(mongo.findById(id, Document.class, "things")).isNotNull();
        });
        assertThat(mongo.findById("garbage-row", Document.class, "things")).isNull();
        assertThat(mongo.count(new Query(), "things")).isGreaterThanOrEqualTo(before);
        assertThat(mongo.findById(id, Document.class, "things").getInteger("writes")).isEqualTo(1);
    }

    @Test
    void unknownProcessorIs404() {
        assertThat(admin.post("/api/platformtest/admin/processors/nope/replay", "").status()).isEqualTo(404);
    }

    @Test
    void operatorsSeeDomainEventsAndProcessorsInPrometheus() {
        http.post("/api/platformtest/things", Map.of("label", "metric"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String metrics = admin.get("/actuator/prometheus").body();
            assertThat(metrics).contains("lienhiep_domain_events_total{");
            assertThat(metrics).contains("type=\"Created\"");
            assertThat(metrics).contains("lienhiep_events_published_total{");
            assertThat(metrics).contains("province=\"14\"");
            assertThat(metrics).as("no unresolved placeholder in a tag").doesNotContain("${");
            // what the alert rules use: processor lag in events, claimed segments, the store's head
            assertThat(metrics).containsPattern("lienhiep_processor_lag_events\\{[^}]*processor=\"things\"[^}]*\\} 0.0");
            assertThat(metrics).containsPattern("lienhiep_processor_segments_claimed\\{[^}]*processor=\"things\"[^}]*\\} 1.0");
            assertThat(metrics).containsPattern("lienhiep_eventstore_head\\{[^}]*\\} [1-9]");
            assertThat(metrics).contains("http_server_requests_seconds_bucket{");
        });
        HttpJson.Response healthResponse = http.get("/actuator/health");
        JsonNode health = healthResponse.json();
        assertThat(health.get("status").asText()).as(healthResponse.body()).isEqualTo("UP");
        assertThat(health.get("components").has("kafka")).isTrue();
        assertThat(health.get("components").has("mongo")).isTrue();
        assertThat(health.get("components").has("db")).isTrue();
        assertThat(health.get("components").has("eventProcessors")).isTrue();
    }
}
