package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.observability.TraceParent;
import vn.lienhiep.platform.testapp.TestApplication.ThingCreatedV1;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;

/**
 * One trace id follows a request: the caller's W3C traceparent → the service's span → the command and its event
 * (metadata) → the public event's Kafka record header → the consuming side's handler (logging MDC), and it is in the
 * problem+json of a refused request.
 */
class TracingTest extends PlatformTestBase {

    private static final String TOPIC = "lienhiep.platformtest.v1";

    @Autowired
    TraceParent traces;

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private HttpJson traced(String traceId) {
        return http.withHeader("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01");
    }

    @Test
    void aRefusedRequestNamesItsTraceInTheProblem() {
        String traceId = newTraceId();

        HttpJson.Response invalid = traced(traceId).post("/api/platformtest/things", Map.of("label", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("traceId").asText()).isEqualTo(traceId);

        HttpJson.Response anonymous = new HttpJson("http://127.0.0.1:" + port)
                .withHeader("traceparent", "00-" + traceId + "-" + traceId.substring(16) + "-01")
                .post("/api/platformtest/things", Map.of("label", "x"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("traceId").asText()).as("written by the security filter").isEqualTo(traceId);
    }

    @Test
    void theTraceFollowsTheEventOntoKafkaAndIntoTheConsumer() {
        String traceId = newTraceId();
        List<String> seenByConsumer = new CopyOnWriteArrayList<>();
        String label = "traced-" + traceId.substring(0, 8);
        PublicEventConsumers consumers = consumer(seenByConsumer, label);
        consumers.start();
        try {
            HttpJson.Response created = traced(traceId).post("/api/platformtest/things", Map.of("label", label));
            assertThat(created.status()).isEqualTo(201);
            String id = created.json().path("id").asText();

            ConsumerRecord<String, byte[]> record = awaitRecord(id);
            Header header = record.headers().lastHeader(TraceParent.KEY);
            assertThat(header).as("traceparent header on the public event").isNotNull();
            String traceparent = new String(header.value(), StandardCharsets.UTF_8);
            assertThat(traceparent).startsWith("00-" + traceId + "-");
            assertThat(traceparent).as("the service's own span, not the caller's")
                                   .doesNotContain("-" + traceId.substring(0, 16) + "-");

            await().atMost(Duration.ofSeconds(30)).until(() -> !seenByConsumer.isEmpty());
            assertThat(seenByConsumer).containsOnly(traceId);
        } finally {
            consumers.stop();
        }
    }

    /** A subscriber like another service would have, on the platform's own tracer. */
    private PublicEventConsumers consumer(List<String> seen, String label) {
        PublicEventSubscription subscription = PublicEventSubscription.named("traced")
                .topic(TOPIC)
                .on("platformtest", "thing-created", 1, ThingCreatedV1.class, (payload, event) -> {
                    if (payload.label().equals(label)) {
                        seen.add(MDC.get("traceId"));
                    }
                })
                .build();
        Map<String, Object> producer = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(TestInfrastructure.mongoUri("tracing_test")),
                                                "tracing_test_" + UUID.randomUUID().toString().substring(0, 6));
        return new PublicEventConsumers(List.of(subscription),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                "tracingtest-" + UUID.randomUUID().toString().substring(0, 6),
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer)), mongo, new SchemaRegistry(),
                new ObjectMapper(), new SimpleMeterRegistry(), 100, 3, traces);
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "tracing-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record for " + key);
    }
}
