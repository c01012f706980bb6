package vn.lienhiep.platform.processing;

import java.time.Duration;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;

/**
 * A handler that failed on an event is tried again, in place, a few times with a growing pause, before the failure
 * goes on to the dead-letter policy ({@link ParkingPolicy}). A failure that passes on its own (a lost race, a brief
 * hiccup) then costs a pause instead of a dead letter. An outage ({@link Outages}) is not retried here: it goes on at
 * once, so the processor halts and Axon retries the whole batch with its own back-off until the store is back.
 *
 * <p>Retrying in place is safe because projections are idempotent: a document remembers the sequence number it
 * reflects (VersionedDocuments), so a partial first attempt is not applied twice.
 */
public class BoundedRetry implements ListenerInvocationErrorHandler {

    private final int attempts;
    private final Duration backoff;

    /**
     * @param attempts attempts in all, the failed first one included (at least 1)
     * @param backoff  pause before the second attempt, doubled before each further one
     */
    public BoundedRetry(int attempts, Duration backoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("lienhiep.processing.dead-letters.attempts must be at least 1, was " + attempts);
        }
        if (backoff == null || backoff.isNegative()) {
            throw new IllegalArgumentException("lienhiep.processing.dead-letters.backoff must not be negative");
        }
        this.attempts = attempts;
        this.backoff = backoff;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event,
                        EventMessageHandler eventHandler) throws Exception {
        Exception last = exception;
        long pause = backoff.toMillis();
        for (int attempt = 2; attempt <= attempts && !Outages.isOutage(last); attempt++) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stopping) {
                // The processor is shutting down: keep the flag so the policy sees an outage, not a poison event.
                Thread.currentThread().interrupt();
                throw last;
            }
            pause = Math.min(pause * 2, 60_000);
            try {
                eventHandler.handle(event);
                return;
            } catch (Exception again) {
                last = again;
            }
        }
        throw last;
    }
}
