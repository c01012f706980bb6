package vn.lienhiep.platform.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Operator view of the event processors: where each one is in the event stream, how many events it has parked, and a
 * one-call rebuild of a read model by replay. Progress is the processor's position against the head of the store,
 * because Axon's own {@code isReplaying()} stays true until a new event arrives after the reset point (docs/platform-notes.md#replay).
 */
public class ProcessorAdmin {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final DeadLetters deadLetters;
    private final List<ReplayPreparation> preparations;

    public ProcessorAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc, DeadLetters deadLetters,
                          List<ReplayPreparation> preparations) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.preparations = List.copyOf(preparations);
    }

    public List<ProcessorStatus> all() {
        long head = head();
        List<ProcessorStatus> result = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            result.add(status(processor, head));
        }
        result.sort(Comparator.comparing(ProcessorStatus::name));
        return result;
    }

    public Optional<ProcessorStatus> one(String name) {
        return processing.eventProcessor(name).map(p -> status(p, head()));
    }

    /**
     * Rebuilds the processor's read model: stop, reset tokens (the projection's reset handler clears its data, and its
     * dead-letter queue is emptied: the replay tries every event again), start. For the public-events publisher this
     * republishes every public event with its original CloudEvents id, after its {@link ReplayPreparation} checked the
     * topic.
     *
     * @throws IllegalArgumentException if there is no such processor
     * @throws IllegalStateException    if the processor cannot be reset
     * @throws vn.lienhiep.kernel.BusinessRuleViolation if a preparation refuses the replay
     */
    public ProcessorStatus replay(String name) {
        EventProcessor processor = processing.eventProcessor(name)
                                             .orElseThrow(() -> new IllegalArgumentException(name));
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new IllegalStateException("processor " + name + " cannot be replayed");
        }
        for (ReplayPreparation preparation : preparations) {
            if (preparation.processor().equals(name)) {
                preparation.prepare();
            }
        }
        streaming.shutDown();
        streaming.resetTokens();
        streaming.start();
        return status(processor, head());
    }

    /** Highest global index in the event store; 0 when empty. */
    public long head() {
        Long max = jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
        return max == null ? 0 : max;
    }

    private ProcessorStatus status(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isError(), -1, head,
                                       false, 0, true, deadLetters(processor.getName()));
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        long position = -1;
        boolean replaying = false;
        for (EventTrackerStatus segment : segments.values()) {
            OptionalLong current = segment.getCurrentPosition();
            if (current.isPresent()) {
                position = position < 0 ? current.getAsLong() : Math.min(position, current.getAsLong());
            }
            replaying |= segment.isReplaying();
        }
        long lag = position < 0 ? head : Math.max(0, head - position);
        boolean caughtUp = head == 0 || (position >= head);
        return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isError(), position, head,
                                   replaying && !caughtUp, lag, caughtUp, deadLetters(processor.getName()));
    }

    /** -1 when the queue cannot be read (the database is down): unknown, not "none". */
    private long deadLetters(String name) {
        try {
            return deadLetters.count(name);
        } catch (RuntimeException unreadable) {
            return -1;
        }
    }

    /**
     * @param position  global index the processor has handled up to (-1: nothing yet)
     * @param head      global index of the newest event in the store
     * @param lag       events not yet handled
     * @param replaying a reset is in progress and has not reached the head yet
     * @param deadLetters events parked in its dead-letter queue (0 for a processor without one, -1 if unreadable)
     */
    public record ProcessorStatus(String name, boolean running, boolean error, long position, long head,
                                  boolean replaying, long lag, boolean caughtUp, long deadLetters) {
        public int progressPercent() {
            if (head <= 0) {
                return 100;
            }
            return (int) Math.min(100, Math.max(0, position) * 100 / head);
        }
    }
}
