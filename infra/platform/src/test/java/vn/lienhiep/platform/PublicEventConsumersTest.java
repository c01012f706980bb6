package vn.lienhiep.platform;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClients;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.observability.TraceParent;
import vn.lienhiep.platform.testapp.TestApplication.ThingCreatedV1;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer helper against a real broker and the Mongo-wire server: a redelivered event is handled once, a
 * schema-invalid one goes straight to the dead-letter topic, a failing handler is retried and then dead-lettered.
 */
class PublicEventConsumersTest {

    private final String topic = "lienhiep.platformtest-consumer-" + UUID.randomUUID().toString().substring(0, 6) + ".v1";
    private final List<ThingCreatedV1> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private PublicEventConsumers consumers;
    private PublicEventSubscription subscription;
    private KafkaProducer<String, CloudEvent> producer;

    @BeforeEach
    void start() {
        subscription = PublicEventSubscription.named("things")
                .topic(topic)
                .on("platformtest", "thing-created", 1, ThingCreatedV1.class, (payload, event) -> {
                    attempts.incrementAndGet();
                    if (payload.label().startsWith("explode")) {
                        throw new IllegalStateException("handler failure (injected)");
                    }
                    handled.add(payload);
                })
                .build();
        Map<String, Object> producerProps = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaTemplate<String, byte[]> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerProps));
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(TestInfrastructure.mongoUri("consumer_test")),
                                                "consumer_test_" + UUID.randomUUID().toString().substring(0, 6));
        consumers = new PublicEventConsumers(List.of(subscription),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
                "consumertest", deadLetters, mongo, new SchemaRegistry(), new ObjectMapper(), meters, 100, 3,
                new TraceParent(io.micrometer.tracing.Tracer.NOOP, io.micrometer.tracing.propagation.Propagator.NOOP));
        consumers.start();

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        producer = new KafkaProducer<>(props);
    }

    @AfterEach
    void stop() {
        consumers.stop();
        producer.close();
    }

    @Test
    void redeliveredEventIsHandledOnce() throws Exception {
        CloudEvent event = event(UUID.randomUUID().toString(), "{\"id\":\"t1\",\"label\":\"once\"}");
        send(event);
        send(event);
        send(event(UUID.randomUUID().toString(), "{\"id\":\"t2\",\"label\":\"second\"}"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() >= 2);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(handled).extracting(ThingCreatedV1::label).containsExactlyInAnyOrder("once", "second");
        assertThat(meters.counter("lienhiep.consumer.events", "subscription", "things", "outcome", "duplicate").count())
                .isEqualTo(1.0);
    }

    /** Tolerant reader: a field the consumer's payload record does not declare (added compatibly) is ignored. */
    @Test
    void aFieldTheConsumerDoesNotKnowIsIgnored() throws Exception {
        send(event(UUID.randomUUID().toString(), "{\"id\":\"t5\",\"label\":\"newer producer\",\"colour\":\"đỏ\"}"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !handled.isEmpty());
        assertThat(handled).extracting(ThingCreatedV1::label).containsExactly("newer producer");
        assertThat(meters.find("lienhiep.consumer.deadletters").counters()).allMatch(c -> c.count() == 0);
    }

    @Test
    void schemaInvalidEventGoesToTheDeadLetterTopicWithoutRetries() throws Exception {
        send(event(UUID.randomUUID().toString(), "{\"id\":\"t3\"}")); // label is required
        List<byte[]> dead = deadLetters(Duration.ofSeconds(30), 1);
        assertThat(dead).hasSize(1);
        assertThat(attempts.get()).isZero();
        assertThat(handled).isEmpty();
        assertThat(meters.counter("lienhiep.consumer.deadletters", "subscription", "things").count()).isEqualTo(1.0);
    }

    @Test
    void failingHandlerIsRetriedThenDeadLettered() throws Exception {
        send(event(UUID.randomUUID().toString(), "{\"id\":\"t4\",\"label\":\"explode\"}"));
        List<byte[]> dead = deadLetters(Duration.ofSeconds(30), 1);
        assertThat(dead).hasSize(1);
        assertThat(attempts.get()).isEqualTo(3);
    }

    private CloudEvent event(String id, String json) {
        return CloudEventBuilder.v1().withId(id).withSource(URI.create("urn:lienhiep:14:platformtest"))
                .withType("vn.lienhiep.platformtest.thing-created.v1").withSubject("t")
                .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(json.getBytes()).build();
    }

    private void send(CloudEvent event) throws Exception {
        producer.send(new ProducerRecord<>(topic, "k", event)).get();
    }

    private List<byte[]> deadLetters(Duration wait, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<byte[]> records = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(PublicEventConsumers.deadLetterTopic("consumertest", subscription)));
            long deadline = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < deadline && records.size() < expected) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> records.add(r.value()));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> records.add(r.value()));
        }
        return records;
    }
}
