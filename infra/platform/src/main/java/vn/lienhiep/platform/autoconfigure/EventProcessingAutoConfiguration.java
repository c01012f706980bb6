package vn.lienhiep.platform.autoconfigure;

import java.util.concurrent.TimeUnit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.platform.processing.EventProcessorsHealthIndicator;
import vn.lienhiep.platform.processing.ProcessorAdmin;
import vn.lienhiep.platform.processing.ProcessorAdminController;
import vn.lienhiep.platform.processing.ProcessorMetrics;

/**
 * Every processor is a TRACKING processor (pooled ones poll every 500 ms on this event store, docs/platform-notes.md#tracking-vs-pooled) whose
 * handler errors PROPAGATE: Axon's default logs a failed projection write and moves on, which would advance the
 * token past an event the read model never saw. Propagating makes the processor roll the batch back and retry.
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

    @Bean
    public ProcessorAdmin processorAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        return new ProcessorAdmin(processing, jdbc);
    }

    @Bean
    public ProcessorMetrics eventProcessorMetrics(EventProcessingConfiguration processing, ProcessorAdmin admin,
                                                 io.micrometer.core.instrument.MeterRegistry meters) {
        return new ProcessorMetrics(processing, admin, meters);
    }

    @Bean
    public ProcessorAdminController processorAdminController(ProcessorAdmin admin) {
        return new ProcessorAdminController(admin);
    }

    @Bean("eventProcessorsHealthIndicator")
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(ProcessorAdmin admin) {
        return new EventProcessorsHealthIndicator(admin);
    }
}
