package vn.lienhiep.platform.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * What an operator alerts on, per event processor: how many events it is behind the head of the event store
 * ({@code lienhiep_processor_lag_events}) and how many segments it holds ({@code lienhiep_processor_segments_claimed};
 * 0 means nothing is processing — e.g. another instance holds the claim, or it stopped on an error) and how many events
 * it has parked in its dead-letter queue ({@code lienhiep_processor_deadletters}; the queue counts what was parked,
 * {@link ObservedDeadLetterQueue}). Axon's own {@code eventProcessor_latency} gauge gives the same lag in time.
 * Registered once the processors have started.
 */
public class ProcessorMetrics implements ApplicationRunner {

    private final EventProcessingConfiguration processing;
    private final ProcessorAdmin admin;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;

    public ProcessorMetrics(EventProcessingConfiguration processing, ProcessorAdmin admin, MeterRegistry meters,
                            DeadLetters deadLetters) {
        this.processing = processing;
        this.admin = admin;
        this.meters = meters;
        this.deadLetters = deadLetters;
    }

    @Override
    public void run(ApplicationArguments args) {
        Gauge.builder("lienhiep.eventstore.head", admin, ProcessorAdmin::head)
             .description("Global index of the newest event in this service's event store")
             .register(meters);
        processing.eventProcessors().forEach((name, processor) -> {
            Gauge.builder("lienhiep.processor.lag", admin,
                          a -> a.one(name).map(ProcessorAdmin.ProcessorStatus::lag).orElse(0L))
                 .description("Events in the store this processor has not handled yet")
                 .baseUnit("events").tag("processor", name)
                 .register(meters);
            Gauge.builder("lienhiep.processor.deadletters", deadLetters, d -> parked(d, name))
                 .description("Events parked in this processor's dead-letter queue now")
                 .tag("processor", name)
                 .register(meters);
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("lienhiep.processor.segments.claimed", streaming, s -> s.processingStatus().size())
                     .description("Segments this instance has claimed for the processor")
                     .tag("processor", name)
                     .register(meters);
            }
        });
    }

    /** Not a number while the database is down: "unknown" must not read as "nothing parked". */
    private static double parked(DeadLetters deadLetters, String processor) {
        try {
            return deadLetters.count(processor);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
