package vn.lienhiep.platform.processing;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Instant;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * What happens to an event whose handler still fails after {@link BoundedRetry}'s attempts.
 * <ul>
 *   <li>An outage ({@link Outages}) is thrown on: Axon's dead-lettering invoker would otherwise swallow it (it only
 *       knows "enqueue" or "ignore"), and the processor must halt and retry until the store is back.</li>
 *   <li>Anything else is a poison event: it is parked, with the number of failed attempts in its diagnostics.</li>
 *   <li>When an operator retries a parked event and it fails again, it stays parked, whatever the cause, with one
 *       more failed attempt counted. Axon marks that case by the dead letter it puts in the unit of work.</li>
 * </ul>
 */
public class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics: failed handling attempts so far. */
    public static final String ATTEMPTS = "attempts";
    /** Diagnostics: operator retries that failed. */
    public static final String RETRIES = "retries";
    /** Diagnostics: when handling this event first failed (ISO-8601). */
    public static final String FIRST_FAILURE = "firstFailure";

    private final int attempts;

    public ParkingPolicy(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isOperatorRetry()) {
            return Decisions.requeue(ThrowableCause.truncated(cause),
                    l -> failed(l.diagnostics(), 1).and(RETRIES, number(l.diagnostics(), RETRIES) + 1));
        }
        if (Outages.isOutage(cause)) {
            throw unchecked(cause);
        }
        return Decisions.enqueue(ThrowableCause.truncated(cause), l -> failed(l.diagnostics(), attempts));
    }

    private static boolean isOperatorRetry() {
        return CurrentUnitOfWork.isStarted()
               && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    private static MetaData failed(MetaData diagnostics, int failures) {
        MetaData updated = diagnostics.and(ATTEMPTS, number(diagnostics, ATTEMPTS) + failures);
        return diagnostics.containsKey(FIRST_FAILURE) ? updated : updated.and(FIRST_FAILURE, Instant.now().toString());
    }

    /** Diagnostics come back from the database as whatever number type JSON gave them. */
    static int number(MetaData diagnostics, String key) {
        Object value = diagnostics.get(key);
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return 0;
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new UndeclaredThrowableException(cause, cause.getMessage());
    }
}
