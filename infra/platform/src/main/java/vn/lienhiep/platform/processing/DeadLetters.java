package vn.lienhiep.platform.processing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with parked events, through Axon's own queue and processor: list them (no payload: it may
 * hold personal data), retry one aggregate's sequence or all of them (handled in order, by the same handlers, then
 * removed), or drop one for good (logged as an audit line with who did it).
 */
public class DeadLetters {

    private static final Logger audit = LoggerFactory.getLogger("vn.lienhiep.audit.deadletters");
    /** A sequence retried while its processor parks more events behind it is retried again, this many times at most. */
    private static final int RETRY_ROUNDS = 10;

    private final EventProcessingConfiguration processing;
    private final Set<String> halting;

    /** @param halting processors that have no dead-letter queue (they halt on any failure) */
    public DeadLetters(EventProcessingConfiguration processing, Set<String> halting) {
        this.processing = processing;
        this.halting = Set.copyOf(halting);
    }

    /** Events parked now; 0 for a processor without a queue. */
    public long count(String processor) {
        return queue(processor).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** Whether the processor parks poison events (false: it halts on any failure). */
    public boolean enabled(String processor) {
        return queue(processor).isPresent();
    }

    /** The parked events of one processor, each aggregate's in the order they will be retried, at most {@code limit}. */
    public List<Parked> list(String processor, int limit) {
        List<Parked> parked = new ArrayList<>();
        queue(processor).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                int position = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (parked.size() >= limit) {
                        return;
                    }
                    parked.add(view(letter, position++));
                }
            }
        });
        return parked;
    }

    /**
     * Handles the parked events of one aggregate again, in order. Stops at the first that fails again (it stays
     * parked, with the new cause, and so does everything behind it).
     *
     * @return empty if the processor has no such sequence
     */
    public Optional<Retried> retry(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElse(null);
        if (queue == null || !queue.contains(sequence)) {
            return Optional.empty();
        }
        SequencedDeadLetterProcessor<EventMessage<?>> retrier = retrier(processor);
        boolean succeeded;
        int rounds = 0;
        // The processor may park another event of this aggregate while the retry runs (it saw the sequence still
        // parked): go round again so nothing is left waiting behind a sequence that has been cleared.
        do {
            succeeded = retrier.process(letter -> sequence.equals(sequenceOf(letter)));
        } while (succeeded && queue.contains(sequence) && ++rounds < RETRY_ROUNDS);
        long left = queue.sequenceSize(sequence);
        Cause cause = left == 0 ? null : first(queue, sequence).flatMap(DeadLetter::cause).orElse(null);
        return Optional.of(new Retried(sequence, left == 0, left, cause == null ? null : new Failure(cause)));
    }

    /** Retries every parked aggregate, each on its own: one that fails again does not stop the others. */
    public RetriedAll retryAll(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElse(null);
        if (queue == null) {
            return new RetriedAll(0, 0, 0);
        }
        Set<String> sequences = new LinkedHashSet<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                sequences.add(sequenceOf(letter));
                break;
            }
        }
        int cleared = 0;
        for (String sequence : sequences) {
            if (retry(processor, sequence).map(Retried::cleared).orElse(true)) {
                cleared++;
            }
        }
        return new RetriedAll(sequences.size(), cleared, queue.size());
    }

    /**
     * Drops one parked event for good: its processor will never apply it. Later events of the same aggregate stay
     * parked until they are retried.
     *
     * @return the dropped event, empty if the processor has no such parked event
     */
    public Optional<Parked> evict(String processor, String eventId, String actingUser) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor).orElse(null);
        if (queue == null) {
            return Optional.empty();
        }
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            int position = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    Parked dropped = view(letter, position);
                    queue.evict(letter);
                    audit.warn("AUDIT dead letter evicted by {}: processor={} event={} type={} aggregate={} "
                               + "aggregateSequence={} cause={}", actingUser, processor, dropped.eventId(),
                               dropped.type(), dropped.aggregateId(), dropped.aggregateSequence(),
                               dropped.cause() == null ? "-" : dropped.cause().type());
                    return Optional.of(dropped);
                }
                position++;
            }
        }
        return Optional.empty();
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        // Asking Axon for the queue of a group it does not know would register one: look the processor up first.
        if (halting.contains(processor) || processing.eventProcessor(processor).isEmpty()) {
            return Optional.empty();
        }
        return processing.deadLetterQueue(processor);
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> retrier(String processor) {
        return processing.sequencedDeadLetterProcessor(processor).orElseThrow(() -> new IllegalStateException(
                "processor " + processor + " has a dead-letter queue but no dead-lettering invoker"));
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> first(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                        String sequence) {
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            return Optional.of(letter);
        }
        return Optional.empty();
    }

    /** The queue's sequence identifier: the aggregate id under Axon's sequential-per-aggregate policy. */
    static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbc) {
            return jdbc.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static Parked view(DeadLetter<? extends EventMessage<?>> letter, int position) {
        EventMessage<?> message = letter.message();
        int attempts = ParkingPolicy.number(letter.diagnostics(), ParkingPolicy.ATTEMPTS);
        String aggregateId = null;
        Long aggregateSequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateSequence = domain.getSequenceNumber();
        }
        return new Parked(sequenceOf(letter), position, message.getIdentifier(), message.getPayloadType().getName(),
                          aggregateId, aggregateSequence, letter.cause().map(Failure::new).orElse(null),
                          letter.enqueuedAt(), instant(letter.diagnostics().get(ParkingPolicy.FIRST_FAILURE)),
                          attempts == 0 ? null : letter.lastTouched(), attempts,
                          ParkingPolicy.number(letter.diagnostics(), ParkingPolicy.RETRIES));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /**
     * One parked event, without its payload.
     *
     * @param sequence     the aggregate whose events wait together (Axon's sequence identifier)
     * @param position     0 for the event that blocks its sequence, 1… for those waiting behind it
     * @param cause        why it failed; absent for an event that only waits behind an earlier one
     * @param parkedAt     when it entered the queue
     * @param firstFailure when handling it first failed; absent if it was never tried (it only waits)
     * @param lastFailure  when handling it last failed
     * @param attempts     failed handling attempts so far (the in-place retries included)
     * @param retries      operator retries that failed
     */
    public record Parked(String sequence, int position, String eventId, String type, String aggregateId,
                         Long aggregateSequence, Failure cause, Instant parkedAt, Instant firstFailure,
                         Instant lastFailure, int attempts, int retries) {
    }

    /** The exception type and message (truncated to what the queue stores). */
    public record Failure(String type, String message) {
        Failure(Cause cause) {
            this(cause.type(), cause.message());
        }
    }

    /**
     * @param cleared whether every parked event of the sequence is now handled
     * @param left    events of the sequence still parked
     * @param cause   why its first remaining event failed this time
     */
    public record Retried(String sequence, boolean cleared, long left, Failure cause) {
    }

    /**
     * @param sequences aggregates tried
     * @param cleared   of those, how many are now fully handled
     * @param left      events still parked in the processor
     */
    public record RetriedAll(int sequences, int cleared, long left) {
    }
}
