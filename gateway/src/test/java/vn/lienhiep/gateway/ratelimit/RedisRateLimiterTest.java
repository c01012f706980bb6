package vn.lienhiep.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** Without Redis (none on the build machines) only the outage behaviour can be run: open, and fast. */
class RedisRateLimiterTest {

    @Test
    void anUnreachableRedisLetsRequestsThroughWithoutSlowingThemDown() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        RedisRateLimiter limiter = new RedisRateLimiter("redis://127.0.0.1:" + deadPort);
        try {
            long start = System.nanoTime();
            RateLimiter.Decision first = limiter.tryConsume("ip:1", 1, 1);
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(first.allowed()).isTrue();
            assertThat(firstMillis).isLessThan(3_000);

            long againStart = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThat(limiter.tryConsume("ip:1", 1, 1).allowed()).isTrue();
            }
            assertThat((System.nanoTime() - againStart) / 1_000_000).as("backs off instead of retrying each time")
                                                                     .isLessThan(200);
        } finally {
            limiter.destroy();
        }
    }
}
