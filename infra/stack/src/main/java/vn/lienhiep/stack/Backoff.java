package vn.lienhiep.stack;

import java.time.Duration;

/**
 * How long the supervisor waits before restarting a child that died: 1 s, 2 s, 4 s … capped at 30 s, so a child
 * that crashes at start-up does not spin the CPU, and back to 1 s once it has stayed healthy for a minute (a crash
 * after an hour of service is a new incident, not the next step of a crash loop).
 */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    static final Duration RESET_AFTER_HEALTHY = Duration.ofSeconds(60);

    private int restarts;

    /**
     * @param healthyFor how long the child was healthy before it exited (zero if it never became healthy)
     * @return the delay before the next restart; {@link #restarts()} then counts this restart
     */
    public synchronized Duration nextDelay(Duration healthyFor) {
        if (healthyFor.compareTo(RESET_AFTER_HEALTHY) >= 0) {
            restarts = 0;
        }
        Duration delay = delayFor(restarts);
        restarts++;
        return delay;
    }

    /** Restarts since the last reset, including the one just scheduled by {@link #nextDelay}. */
    public synchronized int restarts() {
        return restarts;
    }

    /** The delay of the n-th consecutive restart (0-based): 2^n seconds, at most {@link #MAX}. */
    static Duration delayFor(int consecutive) {
        if (consecutive >= 5) {
            return MAX; // 2^5 = 32 > 30; also keeps the shift below from overflowing
        }
        Duration delay = FIRST.multipliedBy(1L << consecutive);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
