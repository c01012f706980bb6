package vn.lienhiep.platform.processing;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;

import vn.lienhiep.platform.autoconfigure.LienhiepProperties;

/**
 * Gives every event-handling processor a dead-letter queue in the service's own database (Axon's
 * {@link JdbcSequencedDeadLetterQueue}, table {@code deadletterentry}), bounded in-place retries
 * ({@link BoundedRetry}) and the parking policy ({@link ParkingPolicy}); the processors named in {@code halting}
 * keep halting on any failure (the public-events publisher: events go out in order, a broker outage is not poison).
 * Sagas are not covered: Axon's dead-letter queue is for event handlers only (docs/adr/0014-poison-events.md).
 *
 * <p>Ordered last among the configurer modules so that Axon's own provider (enabled per processor by
 * {@code axon.eventhandling.processors.<name>.dlq.enabled}) does not replace this one.
 */
public class DeadLetterConfigurer implements ConfigurerModule {

    private final LienhiepProperties properties;
    private final Set<String> halting;
    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final DeadLetterSchema schema;
    private final Serializer genericSerializer;
    private final Serializer eventSerializer;
    private final MeterRegistry meters;

    public DeadLetterConfigurer(LienhiepProperties properties, Set<String> halting, ConnectionProvider connections,
                                TransactionManager transactions, DeadLetterSchema schema, Serializer genericSerializer,
                                Serializer eventSerializer, MeterRegistry meters) {
        this.properties = properties;
        this.halting = Set.copyOf(halting);
        this.connections = connections;
        this.transactions = transactions;
        this.schema = schema;
        this.genericSerializer = genericSerializer;
        this.eventSerializer = eventSerializer;
        this.meters = meters;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void configureModule(Configurer configurer) {
        LienhiepProperties.DeadLetters settings = properties.getProcessing().getDeadLetters();
        BoundedRetry retry = new BoundedRetry(settings.getAttempts(), settings.getBackoff());
        configurer.eventProcessing(processing -> processing
                .registerDefaultDeadLetterPolicy(c -> new ParkingPolicy(retry.attempts()))
                .registerDeadLetterQueueProvider(group -> {
                    if (halting.contains(group)) {
                        return null;
                    }
                    invokerFor(processing, group, retry);
                    return c -> queueFor(group, settings);
                }));
    }

    /**
     * Axon asks for a processing group's queue while it assigns handlers to processors, before it builds the group's
     * invoker; the invoker's own settings can only be registered per group, so they are registered here, then.
     */
    private static void invokerFor(EventProcessingConfigurer processing, String group, BoundedRetry retry) {
        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, builder) -> builder
                .listenerInvocationErrorHandler(retry)
                // A replay rebuilds the read model from the first event: what was parked is tried again with the rest.
                .allowReset(true)
                // Skips the per-event "is this aggregate parked?" query while nothing of it is.
                .enableSequenceIdentifierCache());
    }

    private ObservedDeadLetterQueue queueFor(String group, LienhiepProperties.DeadLetters settings) {
        JdbcSequencedDeadLetterQueue<org.axonframework.eventhandling.EventMessage<?>> queue =
                JdbcSequencedDeadLetterQueue.builder()
                                            .processingGroup(group)
                                            .connectionProvider(connections)
                                            .transactionManager(transactions)
                                            .schema(schema)
                                            .genericSerializer(genericSerializer)
                                            .eventSerializer(eventSerializer)
                                            .maxSequences(settings.getMaxSequences())
                                            .maxSequenceSize(settings.getMaxSequenceSize())
                                            .build();
        return new ObservedDeadLetterQueue(queue, group,
                "/api/" + properties.getContext() + "/admin/processors/" + group + "/dead-letters", meters);
    }
}
