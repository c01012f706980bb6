package vn.lienhiep.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(42 * SECOND);

    @Test
    void theBurstGoesThroughThenTheRateRefills() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(100, now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume("user:a", 2, 5).allowed()).as("request %d", i).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryConsume("user:a", 2, 5);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        now.addAndGet(SECOND / 2);   // half a second at 2/s: exactly one token back
        assertThat(limiter.tryConsume("user:a", 2, 5).allowed()).isTrue();
        assertThat(limiter.tryConsume("user:a", 2, 5).allowed()).isFalse();

        now.addAndGet(60 * SECOND);  // a long pause refills to the burst, not beyond
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume("user:a", 2, 5).allowed()).isTrue();
        }
        assertThat(limiter.tryConsume("user:a", 2, 5).allowed()).isFalse();
    }

    @Test
    void retryAfterCoversASlowRate() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(100, now::get);
        limiter.tryConsume("ip:1", 0.1, 1);

        RateLimiter.Decision refused = limiter.tryConsume("ip:1", 0.1, 1);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void keysAreIndependent() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(100, now::get);
        assertThat(limiter.tryConsume("ip:1", 1, 1).allowed()).isTrue();
        assertThat(limiter.tryConsume("ip:1", 1, 1).allowed()).isFalse();
        assertThat(limiter.tryConsume("ip:2", 1, 1).allowed()).isTrue();
    }

    @Test
    void theMapStaysBoundedAndAnEvictedBucketIsAFullOne() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(10, now::get);
        for (int i = 0; i < 1_000; i++) {
            limiter.tryConsume("ip:" + i, 1, 3);
            now.addAndGet(SECOND / 1000);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(10);

        // A flooding address that keeps its bucket busy is not evicted in favour of idle ones.
        InMemoryRateLimiter small = new InMemoryRateLimiter(2, now::get);
        small.tryConsume("ip:busy", 0.001, 1);
        small.tryConsume("ip:idle", 0.001, 1);
        now.addAndGet(SECOND);
        assertThat(small.tryConsume("ip:busy", 0.001, 1).allowed()).isFalse();
        small.tryConsume("ip:new", 0.001, 1);
        assertThat(small.tryConsume("ip:busy", 0.001, 1).allowed()).as("still limited").isFalse();
    }
}
