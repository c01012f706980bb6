package vn.lienhiep.platform;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import vn.lienhiep.platform.autoconfigure.LienhiepProperties;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.platform.publishing.PublicEventPublisher;
import vn.lienhiep.platform.testapp.TestApplication.ThingCreatedV1;
import vn.lienhiep.platform.testapp.Thing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch (and with it the processor's token) commits only after the broker acknowledged every send. A broker that
 * never acknowledges makes the unit of work fail, which the propagating error handler turns into a retry.
 */
class PublisherAcknowledgementTest {

    @Test
    @SuppressWarnings("unchecked")
    void unacknowledgedSendFailsTheBatch() {
        KafkaTemplate<String, CloudEvent> kafka = Mockito.mock(KafkaTemplate.class);
        CompletableFuture<SendResult<String, CloudEvent>> failed = new CompletableFuture<>();
        failed.completeExceptionally(new org.apache.kafka.common.errors.TimeoutException("broker gone"));
        Mockito.when(kafka.send(Mockito.any(ProducerRecord.class))).thenReturn(failed);
        PublicEventPublisher publisher = publisher(kafka);

        var message = new GenericDomainEventMessage<>("Thing", "t-1", 0, new Thing.Created("t-1", "x"));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        assertThatThrownBy(() -> unitOfWork.execute(() -> {
            try {
                publisher.on(message.getPayload(), message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOf(PublicEventPublisher.PublishFailedException.class);
        assertThat(unitOfWork.isRolledBack()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidPayloadIsNeverSent() {
        KafkaTemplate<String, CloudEvent> kafka = Mockito.mock(KafkaTemplate.class);
        PublicEventPublisher publisher = publisher(kafka);
        var message = new GenericDomainEventMessage<>("Thing", "t-2", 0, new Thing.Created("t-2", "y".repeat(60)));
        assertThatThrownBy(() -> publisher.on(message.getPayload(), message))
                .isInstanceOf(SchemaRegistry.SchemaViolationException.class);
        Mockito.verifyNoInteractions(kafka);
    }

    private static PublicEventPublisher publisher(KafkaTemplate<String, CloudEvent> kafka) {
        LienhiepProperties properties = new LienhiepProperties();
        properties.setContext("platformtest");
        properties.getPublishing().setSendTimeout(java.time.Duration.ofMillis(200));
        PublicEventCatalog catalog = PublicEventCatalog.builder()
                .publish(Thing.Created.class, "thing-created", 1, e -> new ThingCreatedV1(e.id(), e.label()))
                .build();
        return new PublicEventPublisher(catalog, kafka, new ObjectMapper(), new SchemaRegistry(), properties,
                                        new SimpleMeterRegistry());
    }
}
