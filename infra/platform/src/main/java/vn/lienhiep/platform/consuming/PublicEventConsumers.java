package vn.lienhiep.platform.consuming;

import java.nio.charset.StandardCharsets;

import io.micrometer.tracing.Span;
import org.apache.kafka.common.header.Header;

import vn.lienhiep.platform.observability.TraceParent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;

import vn.lienhiep.platform.contracts.SchemaRegistry;

/**
 * Runs one Kafka listener container per {@link PublicEventSubscription}. Per record: parse the CloudEvent, skip
 * types the subscription does not handle, skip what was already processed (id + source), validate against the
 * schema, map, handle, remember. Poison records (unparseable, schema-invalid) go straight to the dead-letter topic;
 * a failing handler is retried {@code maxAttempts} times first.
 */
public class PublicEventConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicEventConsumers.class);
    public static final String PROCESSED = "processed_events";

    private final List<PublicEventSubscription> subscriptions;
    private final Map<String, Object> consumerProperties;
    private final String context;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final MongoTemplate mongo;
    private final SchemaRegistry schemas;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final long retryIntervalMs;
    private final long maxAttempts;
    private final TraceParent traces;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

    public PublicEventConsumers(List<PublicEventSubscription> subscriptions, Map<String, Object> consumerProperties,
                                String context, KafkaTemplate<String, byte[]> deadLetters, MongoTemplate mongo,
                                SchemaRegistry schemas, ObjectMapper json, MeterRegistry meters,
                                long retryIntervalMs, long maxAttempts, TraceParent traces) {
        this.traces = traces;
        this.subscriptions = subscriptions;
        this.consumerProperties = consumerProperties;
        this.context = context;
        this.deadLetters = deadLetters;
        this.mongo = mongo;
        this.schemas = schemas;
        // Tolerant reader: a payload record declares the fields this consumer uses; a field the producer added
        // compatibly (the schema already validated the payload) must not send the event to the dead-letter topic.
        this.json = json.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.meters = meters;
        this.retryIntervalMs = retryIntervalMs;
        this.maxAttempts = maxAttempts;
    }

    public static String groupId(String context, PublicEventSubscription subscription) {
        return "lienhiep." + context + "." + subscription.name();
    }

    public static String deadLetterTopic(String context, PublicEventSubscription subscription) {
        return subscription.topic() + "." + context + "." + subscription.name() + ".dlt";
    }

    @Override
    public void start() {
        for (PublicEventSubscription subscription : subscriptions) {
            containers.add(container(subscription));
        }
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        containers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private ConcurrentMessageListenerContainer<String, byte[]> container(PublicEventSubscription subscription) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(context, subscription));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The producing context owns its topic and creates it with its partitions. A consumer that starts first must
        // wait for it, not auto-create it with one partition: the owner would then add partitions the consumer only
        // notices at its next metadata refresh (5 min by default), leaving their events unread until then — found when
        // review started before membership's topic existed. Partition changes are picked up within 30 s.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 30_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config);
        factory.addListener(new MicrometerConsumerListener<>(meters));

        ContainerProperties containerProperties = new ContainerProperties(subscription.topic());
        containerProperties.setMessageListener((MessageListener<String, byte[]>) record -> handle(subscription, record));
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(factory, containerProperties);
        container.setBeanName("public-events-" + subscription.name());

        String dlt = deadLetterTopic(context, subscription);
        Counter deadLettered = Counter.builder("lienhiep.consumer.deadletters")
                                      .description("Records parked on a dead-letter topic")
                                      .tag("subscription", subscription.name()).register(meters);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, exception) -> {
                    deadLettered.increment();
                    log.warn("Dead-lettering {}@{}/{} to {}: {}", record.topic(), record.partition(), record.offset(),
                             dlt, exception.getMessage());
                    return new TopicPartition(dlt, -1);
                });
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(retryIntervalMs, Math.max(0, maxAttempts - 1)));
        errorHandler.addNotRetryableExceptions(PoisonEventException.class);
        container.setCommonErrorHandler(errorHandler);
        return container;
    }

    /** Handles the record inside a span that continues the producer's trace (its traceparent header). */
    void handle(PublicEventSubscription subscription, ConsumerRecord<String, byte[]> record) {
        Header traceparent = record.headers().lastHeader(TraceParent.KEY);
        traces.continueTrace(traceparent == null ? null : new String(traceparent.value(), StandardCharsets.UTF_8),
                             "consume " + record.topic(), Span.Kind.CONSUMER, () -> {
                                 handleTraced(subscription, record);
                                 return null;
                             });
    }

    private void handleTraced(PublicEventSubscription subscription, ConsumerRecord<String, byte[]> record) {
        CloudEvent event = parse(record);
        PublicEventSubscription.Binding<?> binding = subscription.binding(event.getType());
        if (binding == null) {
            count(subscription, "ignored");
            return;
        }
        String processedId = event.getSource() + "|" + event.getId();
        if (mongo.exists(Query.query(Criteria.where("_id").is(processedId)), PROCESSED)) {
            count(subscription, "duplicate");
            return;
        }
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        if (data == null) {
            throw new PoisonEventException("event " + event.getId() + " has no data");
        }
        try {
            schemas.validate(binding.schemaPath(), data);
        } catch (SchemaRegistry.SchemaViolationException e) {
            throw new PoisonEventException(e.getMessage());
        }
        invoke(binding, data, received(event));
        try {
            mongo.insert(new Document("_id", processedId).append("type", event.getType())
                                                         .append("subscription", subscription.name())
                                                         .append("at", java.util.Date.from(Instant.now())),
                         PROCESSED);
        } catch (DuplicateKeyException concurrentlyRecorded) {
            // the handler is idempotent; a concurrent redelivery recorded it first
        }
        count(subscription, "handled");
    }

    private <T> void invoke(PublicEventSubscription.Binding<T> binding, byte[] data, ReceivedEvent received) {
        T payload;
        try {
            payload = json.readValue(data, binding.payloadType());
        } catch (java.io.IOException e) {
            throw new PoisonEventException("payload does not map to " + binding.payloadType().getSimpleName()
                                           + ": " + e.getMessage());
        }
        try {
            binding.handler().handle(payload, received);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CloudEvent parse(ConsumerRecord<String, byte[]> record) {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            throw new PoisonEventException("not a CloudEvent: " + e.getMessage());
        }
    }

    private static ReceivedEvent received(CloudEvent event) {
        Object sequence = event.getExtension("aggregatesequence");
        Object province = event.getExtension("province");
        return new ReceivedEvent(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                                 event.getTime(),
                                 sequence instanceof Number n ? n.longValue()
                                         : sequence == null ? null : Long.valueOf(sequence.toString()),
                                 province == null ? null : province.toString());
    }

    private void count(PublicEventSubscription subscription, String outcome) {
        Counter.builder("lienhiep.consumer.events")
               .description("Public events received, by outcome (handled, duplicate, ignored)")
               .tag("subscription", subscription.name()).tag("outcome", outcome)
               .register(meters).increment();
    }

    /** A record that can never succeed: retrying is pointless, it goes to the dead-letter topic at once. */
    public static class PoisonEventException extends RuntimeException {
        public PoisonEventException(String message) {
            super(message);
        }
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
