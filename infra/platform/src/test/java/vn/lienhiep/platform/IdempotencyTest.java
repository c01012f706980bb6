package vn.lienhiep.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried POST with the same Idempotency-Key gets the first answer and acts once — even when retries race. */
class IdempotencyTest extends PlatformTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void retryReturnsTheFirstAnswerAndActsOnce() {
        String key = UUID.randomUUID().toString();
        HttpJson.Response first = post(key, "one");
        HttpJson.Response retry = post(key, "one");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(eventsOf(first.json().get("id").asText())).isEqualTo(1);
    }

    @Test
    void sameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(post(key, "original").status()).isEqualTo(201);
        HttpJson.Response other = post(key, "different");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("rule").asText()).isEqualTo("platform.idempotency-key-reused");
    }

    @Test
    void aRejectedCommandIsNotRemembered() {
        String key = UUID.randomUUID().toString();
        assertThat(post(key, "forbidden").status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key LIKE ?",
                                       Integer.class, "%" + key)).isZero();
    }

    @Test
    void concurrentRetriesCreateExactlyOneAggregate() throws Exception {
        String key = UUID.randomUUID().toString();
        String label = "race-" + key.substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpJson.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(key, label));
            }
            List<HttpJson.Response> responses = new ArrayList<>();
            for (Future<HttpJson.Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
            Set<String> ids = responses.stream().map(r -> r.json().get("id").asText()).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            Integer created = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE '%Thing$Created' AND aggregateidentifier = ?",
                    Integer.class, ids.iterator().next());
            assertThat(created).isEqualTo(1);
            // No other aggregate was created by a losing racer: its events rolled back with its idempotency row.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE payload LIKE ?", Integer.class,
                                           ("%" + label + "%").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpJson.Response post(String key, String label) {
        return http.post("/api/platformtest/things", Map.of("label", label), Map.of("Idempotency-Key", key));
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?",
                                   Integer.class, aggregateId);
    }
}
