package vn.lienhiep.platform.publishing;

import java.nio.charset.StandardCharsets;

import vn.lienhiep.platform.observability.TraceParent;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import vn.lienhiep.platform.autoconfigure.LienhiepProperties;
import vn.lienhiep.platform.contracts.SchemaRegistry;

/**
 * Sends the context's public events to Kafka, from a tracking processor of its own. Sends of one batch go out
 * together and the batch commits (and the processor's token advances) only after the broker acknowledged every one
 * (acks=all, idempotent producer). A crash between send and commit re-sends: consumers dedupe on the CloudEvents id,
 * which is the domain event's id and therefore stable across re-sends.
 */
@ProcessingGroup(PublicEventPublisher.PROCESSING_GROUP)
public class PublicEventPublisher {

    public static final String PROCESSING_GROUP = "public-events";
    private static final String PENDING = PublicEventPublisher.class.getName() + ".pending";

    private final PublicEventCatalog catalog;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final ObjectMapper json;
    private final SchemaRegistry schemas;
    private final LienhiepProperties properties;
    private final MeterRegistry meters;

    public PublicEventPublisher(PublicEventCatalog catalog, KafkaTemplate<String, CloudEvent> kafka,
                                ObjectMapper publicEventJson, SchemaRegistry schemas,
                                LienhiepProperties properties, MeterRegistry meters) {
        this.catalog = catalog;
        this.kafka = kafka;
        this.json = publicEventJson;
        this.schemas = schemas;
        this.properties = properties;
        this.meters = meters;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        for (PublicEvent publicEvent : catalog.toPublic(payload)) {
            send(toCloudEvent(publicEvent, message), message);
        }
    }

    private void send(CloudEvent cloudEvent, EventMessage<?> message) {
        ProducerRecord<String, CloudEvent> record =
                new ProducerRecord<>(properties.topic(), cloudEvent.getSubject(), cloudEvent);
        // The request's trace continues in whoever consumes the record (W3C traceparent header).
        Object traceparent = message.getMetaData().get(TraceParent.KEY);
        if (traceparent != null) {
            record.headers().add(TraceParent.KEY, traceparent.toString().getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<SendResult<String, CloudEvent>> sent = kafka.send(record);
        pendingSends().add(sent);
        Counter.builder("lienhiep.events.published")
               .description("Public events handed to Kafka, by CloudEvents type")
               .tag("type", cloudEvent.getType())
               .register(meters)
               .increment();
    }

    /** Builds the envelope; public so contract tests can check exactly what goes on the wire. */
    public CloudEvent toCloudEvent(PublicEvent event, EventMessage<?> message) throws JsonProcessingException {
        String context = properties.getContext();
        byte[] data = json.writeValueAsBytes(event.payload());
        // A payload that breaks its own schema is a bug: refuse to publish it rather than break subscribers.
        schemas.validate(event.schemaPath(context), data);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.cloudEventId(message.getIdentifier()))
                .withSource(URI.create(properties.eventSource()))
                .withType(event.type(context))
                .withTime(OffsetDateTime.ofInstant(message.getTimestamp(), ZoneOffset.UTC))
                .withDataSchema(URI.create(properties.getPublishing().getSchemaBaseUri() + event.schemaPath(context)))
                .withDataContentType("application/json")
                .withData(data)
                .withExtension("province", properties.getProvince().getCode());
        if (message instanceof DomainEventMessage<?> domainEvent) {
            builder.withSubject(domainEvent.getAggregateIdentifier())
                   // CloudEvents integers are 32-bit; no aggregate comes near 2^31 events.
                   .withExtension("aggregatesequence", Math.toIntExact(domainEvent.getSequenceNumber()));
        } else {
            builder.withSubject(message.getIdentifier());
        }
        return builder.build();
    }

    private List<CompletableFuture<SendResult<String, CloudEvent>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<SendResult<String, CloudEvent>>> pending = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, CloudEvent>>> pending) {
        long timeoutMillis = properties.getPublishing().getSendTimeout().toMillis();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            for (CompletableFuture<SendResult<String, CloudEvent>> future : pending) {
                long remaining = Math.max(1, deadline - System.currentTimeMillis());
                future.get(remaining, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            // Thrown on purpose: the propagating error handler rolls the batch back, the token stays, Axon retries.
            throw new PublishFailedException("Kafka did not acknowledge the batch: " + e.getMessage(), e);
        }
    }

    public static class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
