package vn.lienhiep.review.expertpool;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.lienhiep.review.expertpool.subscriptions.ExpertPoolSubscription;
import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert pool fed by real CloudEvents on the real (embedded) Kafka topic, written exactly as membership's
 * PublicEventPublisher writes them (structured JSON encoding, aggregatesequence and province extensions, payload
 * valid against its schema), and read back through the REST API and the SQL replica.
 */
class ExpertPoolConsumerTest extends ApiTestBase {

    private static final String SOURCE = "urn:lienhiep:14:membership";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = new SchemaRegistry();
    private static KafkaProducer<String, CloudEvent> producer;
    private static boolean warmedUp;

    @Autowired
    JdbcExpertPool pool;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void consumerIsRunning() throws Exception {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
            props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
            props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
            producer = new KafkaProducer<>(props);
        }
        if (!warmedUp) {
            // The first event also waits for the topic to exist and the consumer group to get its partitions: not
            // what the one-second bound is about, so it is waited for once, generously, and not measured.
            String expertId = newExpertId();
            publish(verified(expertId, "Chuyên Gia Khởi Động", List.of("101"), List.of("Sở Y tế"), "AVAILABLE"),
                    "expert-verified", expertId, 1);
            eventually(Duration.ofSeconds(60), () -> found(expertId));
            warmedUp = true;
        }
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    @Test
    void aVerifiedExpertIsVisibleWithinOneSecondAndFoundWithoutDiacritics() throws Exception {
        String expertId = newExpertId();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Nguyễn Văn Lào " + tag;

        long sent = publish(verified(expertId, name, List.of("202", "301"), List.of("Sở Xây dựng tỉnh Lào Cai"),
                                     "LIMITED"), "expert-verified", expertId, 1);
        JsonNode expert = eventually(Duration.ofSeconds(5), () -> found(expertId));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        System.out.println("[expert-pool] membership expert-verified (acknowledged by Kafka) → visible via GET "
                           + "/api/review/experts/{id}: " + millis + " ms");
        assertThat(millis).as("verified → visible in review's pool, ms").isLessThan(1_000);

        assertThat(expert.path("expertId").asText()).isEqualTo(expertId);
        assertThat(expert.path("displayName").asText()).isEqualTo(name);
        assertThat(expert.path("employers").toString()).isEqualTo("[\"Sở Xây dựng tỉnh Lào Cai\"]");
        assertThat(expert.path("expertiseFields").toString()).isEqualTo("[\"202\",\"301\"]");
        assertThat(expert.path("availability").asText()).isEqualTo("LIMITED");
        assertThat(expert.path("scope").asText()).isEqualTo("LOCAL");

        JsonNode page = http.get("/api/review/experts?q=nguyen%20van%20lao%20" + tag).json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(1);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("items").get(0).path("expertId").asText()).isEqualTo(expertId);
        assertThat(http.get("/api/review/experts?q=lao%20" + tag + "&field=301&availability=LIMITED").json()
                       .path("totalItems").asLong()).isEqualTo(1);
        assertThat(http.get("/api/review/experts?q=lao%20" + tag + "&field=999").json().path("totalItems").asLong())
                .as("field filter").isZero();
        assertThat(http.get("/api/review/experts?q=lao%20" + tag + "&availability=AVAILABLE").json()
                       .path("totalItems").asLong()).as("availability filter").isZero();

        PoolExpert replica = pool.active(expertId).orElseThrow();
        assertThat(replica.employers()).containsExactly("Sở Xây dựng tỉnh Lào Cai");
        assertThat(replica.displayName()).isEqualTo(name);
    }

    @Test
    void aProfileChangeUpdatesEmployersAndADeactivationRemovesTheExpertForGood() throws Exception {
        String expertId = newExpertId();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        publish(verified(expertId, "Lò Thị Mai " + tag, List.of("202"), List.of("Sở Tài chính"), "AVAILABLE"),
                "expert-verified", expertId, 1);
        publish(verified(expertId, "Lò Thị Mai " + tag, List.of("202"),
                         List.of("Trường Đại học Tây Bắc", "Sở Tài chính"), "AVAILABLE"),
                "expert-profile-changed", expertId, 2);
        JsonNode changed = eventually(Duration.ofSeconds(5), () -> {
            JsonNode e = found(expertId);
            return e != null && e.path("employers").size() == 2 ? e : null;
        });
        assertThat(changed.path("employers").toString()).contains("Trường Đại học Tây Bắc");
        assertThat(pool.active(expertId).orElseThrow().employers())
                .containsExactly("Trường Đại học Tây Bắc", "Sở Tài chính");

        Map<String, Object> deactivated = new LinkedHashMap<>();
        deactivated.put("expertId", expertId);
        deactivated.put("personId", "person-" + expertId);
        deactivated.put("effectiveDate", "2026-11-23");
        publish(deactivated, "expert-deactivated", expertId, 3);
        eventually(Duration.ofSeconds(5), () -> http.get("/api/review/experts/" + expertId).status() == 404 ? 1 : null);
        HttpJson.Response gone = http.get("/api/review/experts/" + expertId);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/review/experts?q=lo%20thi%20mai%20" + tag).json().path("totalItems").asLong())
                .isZero();
        assertThat(pool.active(expertId)).as("the engagement's conflict checks no longer see the expert").isEmpty();
        assertThat(pool.find(expertId).orElseThrow().active()).as("kept, not deleted").isFalse();

        // A profile change published before the deactivation but delivered after it must not bring the expert back.
        String late = publishAndWait(verified(expertId, "Lò Thị Mai " + tag, List.of("202"), List.of("Sở Tài chính"),
                                              "AVAILABLE"), "expert-profile-changed", expertId, 2);
        assertThat(late).isNotNull();
        assertThat(http.get("/api/review/experts/" + expertId).status()).isEqualTo(404);
        assertThat(pool.active(expertId)).isEmpty();
        assertThat(pool.find(expertId).orElseThrow().sourceSequence()).isEqualTo(3);
    }

    @Test
    void anOlderEventDeliveredLateChangesNothing() throws Exception {
        String expertId = newExpertId();
        publish(verified(expertId, "Hà Văn Sơn", List.of("202"), List.of("Sở Nội vụ"), "AVAILABLE"),
                "expert-verified", expertId, 1);
        publish(verified(expertId, "Hà Văn Sơn", List.of("202"), List.of("Ban Dân tộc"), "AVAILABLE"),
                "expert-profile-changed", expertId, 3);
        eventually(Duration.ofSeconds(5), () -> {
            JsonNode e = found(expertId);
            return e != null && e.path("version").asLong() == 3 ? e : null;
        });

        publishAndWait(verified(expertId, "Hà Văn Sơn", List.of("303"), List.of("Sở Công Thương"), "UNAVAILABLE"),
                       "expert-profile-changed", expertId, 2);

        JsonNode after = found(expertId);
        assertThat(after.path("employers").toString()).isEqualTo("[\"Ban Dân tộc\"]");
        assertThat(after.path("availability").asText()).isEqualTo("AVAILABLE");
        assertThat(after.path("version").asLong()).isEqualTo(3);
        JdbcExpertPool.Replica replica = pool.find(expertId).orElseThrow();
        assertThat(replica.expert().employers()).containsExactly("Ban Dân tộc");
        assertThat(replica.expert().expertiseFields()).containsExactly("202");
        assertThat(replica.sourceSequence()).isEqualTo(3);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String expertId = newExpertId();
        Map<String, Object> payload = verified(expertId, "Quàng Văn Hải", List.of("202"), List.of("Sở Giáo dục"),
                                               "AVAILABLE");
        CloudEvent event = cloudEvent(UUID.randomUUID().toString(), "expert-verified", expertId, 1, payload);
        send(event, expertId);
        send(event, expertId);
        JsonNode first = eventually(Duration.ofSeconds(5), () -> found(expertId));

        // The same event re-published under another id (the consumer's id dedupe cannot see it): the sequence guard
        // in SQL and Mongo must.
        Map<String, Object> republished = verified(expertId, "Quàng Văn Hải", List.of("202"), List.of("Sở Khác"),
                                                    "LIMITED");
        publishAndWait(republished, "expert-verified", expertId, 1);

        JsonNode after = found(expertId);
        assertThat(after.path("employers").toString()).isEqualTo("[\"Sở Giáo dục\"]");
        assertThat(after.path("updatedAt").asText()).as("written once").isEqualTo(first.path("updatedAt").asText());
        assertThat(pool.active(expertId).orElseThrow().employers()).containsExactly("Sở Giáo dục");
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(SOURCE + "|" + event.getId())),
                               PublicEventConsumers.PROCESSED)).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheSqlWriteSucceededStillCompletesTheReadModel() throws Exception {
        String expertId = newExpertId();
        // As if a first delivery wrote the SQL replica and then failed before the Mongo write.
        pool.activate(new PoolExpert(expertId, "person-" + expertId, "Sùng A Páo", List.of("202"),
                                     List.of("Sở Nông nghiệp"), "LOCAL", "AVAILABLE"), 1);
        assertThat(found(expertId)).isNull();

        publish(verified(expertId, "Sùng A Páo", List.of("202"), List.of("Sở Nông nghiệp"), "AVAILABLE"),
                "expert-verified", expertId, 1);
        JsonNode repaired = eventually(Duration.ofSeconds(5), () -> found(expertId));
        assertThat(repaired.path("employers").toString()).isEqualTo("[\"Sở Nông nghiệp\"]");
        assertThat(pool.find(expertId).orElseThrow().sourceSequence()).isEqualTo(1);
    }

    @Test
    void onlyTheUnionsPanelBuildersMayReadThePool() {
        assertThat(as((String) null).get("/api/review/experts").status()).isEqualTo(401);
        assertThat(as("an-expert", Role.EXPERT).get("/api/review/experts").status()).isEqualTo(403);
        assertThat(as("a-requester", Role.REQUESTER).get("/api/review/experts/x").status()).isEqualTo(403);
        assertThat(as("coordinator", Role.REVIEW_COORDINATOR).get("/api/review/experts").status()).isEqualTo(200);
        assertThat(as("admin", Role.UNION_ADMIN).get("/api/review/experts").status()).isEqualTo(200);
        HttpJson.Response unknown = http.get("/api/review/experts/never-verified");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/review/experts?availability=SOMETIMES").status()).isEqualTo(400);
        assertThat(http.get("/api/review/experts?size=1000").status()).isEqualTo(400);
    }

    private JsonNode found(String expertId) {
        HttpJson.Response r = http.get("/api/review/experts/" + expertId);
        return r.status() == 200 ? r.json() : null;
    }

    private static String newExpertId() {
        return "expert-" + UUID.randomUUID();
    }

    private static Map<String, Object> verified(String expertId, String displayName, List<String> fields,
                                                List<String> employers, String availability) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("expertId", expertId);
        payload.put("personId", "person-" + expertId);
        payload.put("displayName", displayName);
        payload.put("expertiseFields", fields);
        payload.put("scope", "LOCAL");
        payload.put("employers", employers);
        payload.put("availability", availability);
        payload.put("verifiedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        return payload;
    }

    /** @return System.nanoTime() when the broker acknowledged the event */
    private static long publish(Map<String, Object> payload, String eventName, String expertId, int sequence)
            throws Exception {
        send(cloudEvent(UUID.randomUUID().toString(), eventName, expertId, sequence, payload), expertId);
        return System.nanoTime();
    }

    /** Publishes, then waits until the consumer recorded the event as processed (its handler returned). */
    private String publishAndWait(Map<String, Object> payload, String eventName, String expertId, int sequence)
            throws Exception {
        CloudEvent event = cloudEvent(UUID.randomUUID().toString(), eventName, expertId, sequence, payload);
        send(event, expertId);
        String processedId = SOURCE + "|" + event.getId();
        return eventually(Duration.ofSeconds(5), () ->
                mongo.exists(Query.query(Criteria.where("_id").is(processedId)), PublicEventConsumers.PROCESSED)
                        ? processedId : null);
    }

    /** The envelope PublicEventPublisher.toCloudEvent builds; the payload is checked against its schema first. */
    private static CloudEvent cloudEvent(String id, String eventName, String expertId, int sequence,
                                         Map<String, Object> payload) throws Exception {
        String schemaPath = "membership/" + eventName + ".v1.json";
        byte[] data = JSON.writeValueAsBytes(payload);
        SCHEMAS.validate(schemaPath, data);
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(SOURCE))
                .withType("vn.lienhiep.membership." + eventName + ".v1")
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataSchema(URI.create("https://schemas.lienhiep.vn/" + schemaPath))
                .withDataContentType("application/json")
                .withData(data)
                .withExtension("province", "14")
                .withSubject(expertId)
                .withExtension("aggregatesequence", sequence)
                .build();
    }

    private static void send(CloudEvent event, String key) throws Exception {
        producer.send(new ProducerRecord<>(ExpertPoolSubscription.TOPIC, key, event)).get();
    }

    private static <T> T eventually(Duration timeout, Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(20);
        }
    }
}
