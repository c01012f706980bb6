package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromOneSecondUpToThirtySeconds() {
        Backoff backoff = new Backoff();
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            delays.add(backoff.nextDelay(Duration.ZERO).toSeconds());
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(backoff.restarts()).isEqualTo(8);
    }

    @Test
    void startsOverAfterAMinuteOfHealth() {
        Backoff backoff = new Backoff();
        backoff.nextDelay(Duration.ZERO);
        backoff.nextDelay(Duration.ofSeconds(5));
        assertThat(backoff.nextDelay(Duration.ofSeconds(59))).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.nextDelay(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.nextDelay(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void neverOverflowsAfterManyRestarts() {
        Backoff backoff = new Backoff();
        Duration last = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            last = backoff.nextDelay(Duration.ZERO);
        }
        assertThat(last).isEqualTo(Duration.ofSeconds(30));
    }
}
