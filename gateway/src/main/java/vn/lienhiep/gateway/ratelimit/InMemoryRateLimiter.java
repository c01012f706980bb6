package vn.lienhiep.gateway.ratelimit;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Buckets in this JVM. The map is bounded: a bucket idle long enough to have refilled completely is the same as no
 * bucket, so those go first; if that is not enough (a flood of distinct addresses), the longest-idle ones go.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final LongSupplier nanoClock;

    public InMemoryRateLimiter(int maxKeys) {
        this(maxKeys, System::nanoTime);
    }

    InMemoryRateLimiter(int maxKeys, LongSupplier nanoClock) {
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    @Override
    public Decision tryConsume(String key, double perSecond, int burst) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            evict(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        return bucket.take(now, perSecond, burst);
    }

    int size() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        if (buckets.size() < maxKeys) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
        int excess = buckets.size() - maxKeys + 1;
        if (excess > 0) {
            buckets.entrySet().stream()
                   .sorted(Comparator.comparingLong(entry -> entry.getValue().lastSeen))
                   .limit(Math.max(excess, maxKeys / 10))
                   .map(Map.Entry::getKey)
                   .toList()
                   .forEach(buckets::remove);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;
        private volatile long lastSeen;
        private volatile long fullAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
            this.lastSeen = now;
            this.fullAt = now;
        }

        synchronized Decision take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            lastSeen = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            fullAt = now + (long) ((burst - tokens) / perSecond * 1e9);
            return new Decision(allowed, (long) Math.floor(tokens),
                                allowed ? 0 : RateLimiter.secondsUntilOneToken(tokens, perSecond));
        }

        boolean fullAt(long now) {
            return now - fullAt >= 0;
        }
    }
}
