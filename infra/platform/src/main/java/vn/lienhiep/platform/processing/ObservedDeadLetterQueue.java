package vn.lienhiep.platform.processing;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's dead-letter queue of one processor, with what operators need on top: every event parked is counted
 * ({@code lienhiep_processor_deadletters_parked_total{processor}}) and logged, once the processor's transaction has
 * committed (a batch that rolls back parks nothing). Both the event that failed and the events of the same aggregate
 * that queue behind it are parked events: neither is in the read model.
 */
public class ObservedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ObservedDeadLetterQueue.class);

    private final SequencedDeadLetterQueue<EventMessage<?>> delegate;
    private final String processor;
    private final String adminPath;
    private final Counter parked;

    /**
     * @param adminPath where an operator lists and retries this processor's dead letters, for the log line
     */
    public ObservedDeadLetterQueue(SequencedDeadLetterQueue<EventMessage<?>> delegate, String processor,
                                   String adminPath, MeterRegistry meters) {
        this.delegate = delegate;
        this.processor = processor;
        this.adminPath = adminPath;
        this.parked = Counter.builder("lienhiep.processor.deadletters.parked")
                             .description("Events parked in the processor's dead-letter queue: failed, or queued "
                                          + "behind a failed event of the same aggregate")
                             .tag("processor", processor)
                             .register(meters);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        delegate.enqueue(sequenceIdentifier, letter);
        Runnable report = () -> {
            parked.increment();
            EventMessage<?> message = letter.message();
            String aggregate = message instanceof DomainEventMessage<?> d
                    ? d.getAggregateIdentifier() + " #" + d.getSequenceNumber() : "-";
            if (letter.cause().isPresent()) {
                log.warn("Processor {} parked event {} ({}, aggregate {}) after {} failed attempt(s): {}: {}. Later "
                         + "events of this aggregate wait behind it; the processor goes on with the others. "
                         + "List: GET {}, retry: POST {}/sequences/{}/retry",
                         processor, message.getIdentifier(), message.getPayloadType().getName(), aggregate,
                         ParkingPolicy.number(letter.diagnostics(), ParkingPolicy.ATTEMPTS),
                         letter.cause().get().type(), letter.cause().get().message(), adminPath, adminPath,
                         sequenceIdentifier);
            } else {
                log.info("Processor {} parked event {} (aggregate {}) behind an earlier parked event of the same "
                         + "aggregate", processor, message.getIdentifier(), aggregate);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> report.run());
        } else {
            report.run();
        }
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return delegate.process(sequenceFilter, task);
    }

    @Override
    public boolean process(Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        return delegate.process(task);
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
