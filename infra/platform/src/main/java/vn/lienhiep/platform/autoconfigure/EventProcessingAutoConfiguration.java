package vn.lienhiep.platform.autoconfigure;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.platform.processing.DeadLetterConfigurer;
import vn.lienhiep.platform.processing.DeadLetters;
import vn.lienhiep.platform.processing.EventProcessorsHealthIndicator;
import vn.lienhiep.platform.processing.ProcessorAdmin;
import vn.lienhiep.platform.processing.ProcessorAdminController;
import vn.lienhiep.platform.processing.ProcessorMetrics;
import vn.lienhiep.platform.processing.ReplayPreparation;
import vn.lienhiep.platform.publishing.PublicEventPublisher;

/**
 * Every processor is a TRACKING processor (pooled ones poll every 500 ms on this event store,
 * docs/platform-notes.md#tracking-vs-pooled). Axon's default error handling logs a failed projection write and moves
 * on, which would advance the token past an event the read model never saw. Here a failure is never skipped silently (docs/adr/0014-poison-events.md):
 * <ul>
 *   <li>an infrastructure outage PROPAGATES: the processor rolls the batch back and retries until the store is back;
 *   <li>any other failure of a projection is retried a few times in place, then the event is parked in the
 *       processor's dead-letter queue, with the later events of its aggregate behind it, and the processor goes on;
 *   <li>the public-events publisher has no dead-letter queue: any failure halts it (events go out in order).
 * </ul>
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties(LienhiepProperties.class)
public class EventProcessingAutoConfiguration {

    @Bean
    public ConfigurerModule lienhiepEventProcessing(LienhiepProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(properties.getProcessing().getBatchSize())
                        .andEventAvailabilityTimeout(
                                properties.getProcessing().getEventAvailabilityTimeout().toMillis(),
                                TimeUnit.MILLISECONDS)));
    }

    /** Processors without a dead-letter queue: any failure halts them. */
    static final Set<String> HALTING = Set.of(PublicEventPublisher.PROCESSING_GROUP);

    @Bean
    public DeadLetterConfigurer lienhiepDeadLetters(LienhiepProperties properties, ConnectionProvider connections,
                                                    TransactionManager transactions,
                                                    ObjectProvider<DeadLetterSchema> schema,
                                                    Serializer serializer,
                                                    @Qualifier("eventSerializer") Serializer eventSerializer,
                                                    MeterRegistry meters) {
        return new DeadLetterConfigurer(properties, HALTING, connections, transactions,
                                        schema.getIfAvailable(DeadLetterSchema::defaultSchema), serializer,
                                        eventSerializer, meters);
    }

    @Bean
    public DeadLetters deadLetters(EventProcessingConfiguration processing) {
        return new DeadLetters(processing, HALTING);
    }

    @Bean
    public ProcessorAdmin processorAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                         DeadLetters deadLetters, ObjectProvider<ReplayPreparation> preparations) {
        return new ProcessorAdmin(processing, jdbc, deadLetters, preparations.orderedStream().toList());
    }

    @Bean
    public ProcessorMetrics eventProcessorMetrics(EventProcessingConfiguration processing, ProcessorAdmin admin,
                                                 MeterRegistry meters, DeadLetters deadLetters) {
        return new ProcessorMetrics(processing, admin, meters, deadLetters);
    }

    @Bean
    public ProcessorAdminController processorAdminController(ProcessorAdmin admin, DeadLetters deadLetters) {
        return new ProcessorAdminController(admin, deadLetters);
    }

    @Bean("eventProcessorsHealthIndicator")
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(ProcessorAdmin admin,
                                                                         LienhiepProperties properties) {
        return new EventProcessorsHealthIndicator(admin, "/api/" + properties.getContext() + "/admin/processors");
    }
}
