package vn.lienhiep.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.processing.ProcessorAdmin;
import vn.lienhiep.platform.testapp.LabelProjection;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event a projection cannot handle no longer stops its read model: after a few attempts it is parked with the
 * later events of its aggregate behind it, everything else goes on, operators see it and, once the bug is fixed,
 * retry it — and the aggregate's events are applied in their order.
 */
class DeadLetterTest extends PlatformTestBase {

    private static final String LABELS = "/api/platformtest/admin/processors/" + LabelProjection.PROCESSOR;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessorAdmin processors;

    private String poison;

    @AfterEach
    void fixTheBug() {
        if (poison != null) {
            LabelProjection.POISON.remove(poison);
        }
    }

    @Test
    void aPoisonEventIsParkedTheRestGoesOnAndARetryAppliesItsAggregateInOrder() {
        poison = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        LabelProjection.POISON.add(poison);
        double parkedBefore = parkedTotal();

        String poisoned = create(poison);
        String healthy = create("healthy-" + UUID.randomUUID().toString().substring(0, 8));

        // Parked after exactly the configured attempts (3), and the processor went on with the other aggregate.
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(healthy, Document.class, "labels") != null);
        assertThat(LabelProjection.ATTEMPTS.get(poison)).hasValue(3);
        assertThat(mongo.findById(poisoned, Document.class, "labels")).isNull();

        // A later event of the poisoned aggregate waits behind it instead of being applied out of order.
        String fixedLabel = "fixed-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/api/platformtest/things/" + poisoned + "/label", Map.of("label", fixedLabel)).status())
                .isEqualTo(200);
        long head = processors.head();
        await().atMost(Duration.ofSeconds(20))
               .until(() -> processors.one(LabelProjection.PROCESSOR).orElseThrow().position() >= head);
        assertThat(LabelProjection.ATTEMPTS.get(fixedLabel)).as("never handled while parked").isNull();
        assertThat(mongo.findById(poisoned, Document.class, "labels")).isNull();

        // Operators see both: what failed and why, what waits, no payload.
        HttpJson.Response listed = admin.get(LABELS + "/dead-letters");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonNode> mine = parked(listed.json(), poisoned);
        assertThat(mine).hasSize(2);
        JsonNode failed = mine.get(0);
        assertThat(failed.get("position").asInt()).isZero();
        assertThat(failed.get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(failed.get("aggregateSequence").asLong()).isZero();
        assertThat(failed.get("type").asText()).endsWith("Thing$Created");
        assertThat(failed.get("eventId").asText()).isNotBlank();
        assertThat(failed.get("cause").get("type").asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(failed.get("cause").get("message").asText()).contains("injected bug");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("retries").asInt()).isZero();
        assertThat(failed.get("firstFailure").isNull()).isFalse();
        assertThat(failed.get("lastFailure").isNull()).isFalse();
        JsonNode waiting = mine.get(1);
        assertThat(waiting.get("position").asInt()).isEqualTo(1);
        assertThat(waiting.get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(waiting.get("cause").isNull()).isTrue();
        assertThat(waiting.get("attempts").asInt()).isZero();
        assertThat(listed.body()).doesNotContain(poison).doesNotContain(fixedLabel).doesNotContain("payload");

        assertThat(admin.get("/api/platformtest/admin/processors/" + LabelProjection.PROCESSOR).json()
                        .get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(gauge()).isGreaterThanOrEqualTo(2);
        assertThat(parkedTotal() - parkedBefore).isEqualTo(2);
        JsonNode health = http.get("/actuator/health").json().get("components").get("eventProcessors");
        assertThat(health.get("status").asText()).as("degraded, not DOWN").isEqualTo("UP");
        assertThat(health.get("description").asText()).startsWith("degraded").contains(LabelProjection.PROCESSOR);

        // Retrying while the bug is still there changes nothing but the count.
        JsonNode stillFailing = admin.post(LABELS + "/dead-letters/sequences/" + poisoned + "/retry", "").json();
        assertThat(stillFailing.get("cleared").asBoolean()).isFalse();
        assertThat(stillFailing.get("left").asLong()).isEqualTo(2);
        assertThat(stillFailing.get("cause").get("message").asText()).contains("injected bug");
        assertThat(parked(admin.get(LABELS + "/dead-letters").json(), poisoned).get(0).get("attempts").asInt())
                .isEqualTo(4);
        assertThat(mongo.findById(poisoned, Document.class, "labels")).isNull();

        // The bug is fixed; the retry applies both events of the aggregate, in their order.
        LabelProjection.POISON.remove(poison);
        HttpJson.Response retried = admin.post(LABELS + "/dead-letters/sequences/" + poisoned + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("cleared").asBoolean()).isTrue();
        assertThat(retried.json().get("left").asLong()).isZero();
        Document projected = mongo.findById(poisoned, Document.class, "labels");
        assertThat(projected).isNotNull();
        assertThat(projected.getList("labels", String.class)).containsExactly(poison, fixedLabel);
        assertThat(projected.getString("label")).isEqualTo(fixedLabel);
        assertThat(parked(admin.get(LABELS + "/dead-letters").json(), poisoned)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gauge()).isZero());
    }

    @Test
    void aDroppedEventIsGoneForGoodAndSaysWhoDroppedIt() {
        poison = "drop-" + UUID.randomUUID().toString().substring(0, 8);
        LabelProjection.POISON.add(poison);
        String thing = create(poison);
        await().atMost(Duration.ofSeconds(20)).until(() -> !parked(admin.get(LABELS + "/dead-letters").json(), thing).isEmpty());
        String eventId = parked(admin.get(LABELS + "/dead-letters").json(), thing).get(0).get("eventId").asText();

        HttpJson operator = new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("operator", Role.OPERATOR));
        assertThat(operator.send("DELETE", LABELS + "/dead-letters/" + eventId, null, Map.of()).status()).as("operators only look").isEqualTo(403);
        assertThat(operator.get(LABELS + "/dead-letters").status()).isEqualTo(200);
        assertThat(http.get(LABELS + "/dead-letters").status()).as("staff see nothing").isEqualTo(403);

        HttpJson.Response dropped = admin.send("DELETE", LABELS + "/dead-letters/" + eventId, null, Map.of());
        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
        assertThat(dropped.json().get("eventId").asText()).isEqualTo(eventId);
        assertThat(parked(admin.get(LABELS + "/dead-letters").json(), thing)).isEmpty();
        assertThat(admin.send("DELETE", LABELS + "/dead-letters/" + eventId, null, Map.of()).status()).isEqualTo(404);
        assertThat(mongo.findById(thing, Document.class, "labels")).isNull();
    }

    @Test
    void aReplayTriesWhatWasParkedAgainWithEverythingElse() {
        poison = "replayed-" + UUID.randomUUID().toString().substring(0, 8);
        LabelProjection.POISON.add(poison);
        String thing = create(poison);
        await().atMost(Duration.ofSeconds(20)).until(() -> !parked(admin.get(LABELS + "/dead-letters").json(), thing).isEmpty());

        LabelProjection.POISON.remove(poison); // the fix is deployed; the read model is rebuilt
        assertThat(admin.post(LABELS + "/replay", "").status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mongo.findById(thing, Document.class, "labels")).isNotNull();
            assertThat(admin.get(LABELS).json().get("caughtUp").asBoolean()).isTrue();
        });
        assertThat(parked(admin.get(LABELS + "/dead-letters").json(), thing)).isEmpty();
    }

    @Test
    void unknownProcessorsSequencesAndEventsAre404AndThePublisherHasNoQueue() {
        assertThat(admin.get("/api/platformtest/admin/processors/nope/dead-letters").status()).isEqualTo(404);
        assertThat(admin.post("/api/platformtest/admin/processors/nope/dead-letters/retry", "").status()).isEqualTo(404);
        assertThat(admin.post(LABELS + "/dead-letters/sequences/no-such-aggregate/retry", "").status()).isEqualTo(404);
        assertThat(admin.send("DELETE", LABELS + "/dead-letters/no-such-event", null, Map.of()).status()).isEqualTo(404);
        JsonNode publisher = admin.get("/api/platformtest/admin/processors/public-events/dead-letters").json();
        assertThat(publisher.get("enabled").asBoolean()).isFalse();
        assertThat(publisher.get("total").asLong()).isZero();
        assertThat(admin.post("/api/platformtest/admin/processors/public-events/dead-letters/retry", "").json()
                        .get("sequences").asInt()).isZero();
    }

    private String create(String label) {
        HttpJson.Response response = http.post("/api/platformtest/things", Map.of("label", label));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static List<JsonNode> parked(JsonNode list, String aggregate) {
        List<JsonNode> mine = new java.util.ArrayList<>();
        list.get("items").forEach(item -> {
            if (aggregate.equals(item.get("sequence").asText())) {
                mine.add(item);
            }
        });
        return mine;
    }

    private double gauge() {
        return metric("lienhiep_processor_deadletters\\{[^}]*processor=\"labels\"[^}]*\\} (\\S+)");
    }

    private double parkedTotal() {
        return metric("lienhiep_processor_deadletters_parked_total\\{[^}]*processor=\"labels\"[^}]*\\} (\\S+)");
    }

    private double metric(String pattern) {
        String metrics = admin.get("/actuator/prometheus").body();
        Matcher matcher = Pattern.compile(pattern).matcher(metrics);
        assertThat(matcher.find()).as(pattern + " in\n" + metrics).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
