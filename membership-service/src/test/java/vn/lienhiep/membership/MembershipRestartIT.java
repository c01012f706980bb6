package vn.lienhiep.membership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TestTokens;
import vn.lienhiep.contracts.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service, run as a separate JVM on the embedded Kafka and Mongo-wire server of this JVM, survives a
 * kill -9 and a clean stop without losing or doubling an acknowledged command: its H2 event store is durable,
 * aggregates load from it, projections resume from their stored tokens, and idempotency records outlive the process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MembershipRestartIT {

    private static final String ORGANIZATIONS = "/api/membership/organizations";
    private static final int N = 20;
    private static final int MORE = 5;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    /** A word no other data has, so a search for it counts exactly this test's organisations. */
    private static final String TOKEN = "phuchoi" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private static Path jar;
    private static Path logDir;
    private static Path dataDir;
    private static int port;
    private static int starts;
    private static Process child;
    private static HttpJson http;

    /** What the service acknowledged, by organisation id, as it must be read back. */
    private static final Map<String, Acknowledged> acknowledged = new LinkedHashMap<>();

    private record Acknowledged(String idempotencyKey, String path, Map<String, Object> body, String name,
                                String status, long version) {
    }

    @BeforeAll
    static void startService() throws IOException {
        String jarProperty = System.getProperty("service.jar");
        assertThat(jarProperty).as("system property service.jar (set by the pom's failsafe configuration)").isNotBlank();
        jar = Path.of(jarProperty);
        assertThat(jar).as("packaged service").isRegularFile();
        logDir = Files.createDirectories(jar.getParent().resolve("restart-it"));
        dataDir = Files.createTempDirectory("lienhiep-restart-it-");
        port = freePort();
        http = new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("restart-it", Role.UNION_STAFF));
        TestInfrastructure.start();
        // Should this JVM die without reaching @AfterAll, the child must not outlive it holding its port.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child != null) {
                child.destroyForcibly();
            }
        }));
        start();
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }

    @Test
    @Order(1)
    void nothingAcknowledgedIsLostOrDoubledByKillMinus9() throws Exception {
        for (int i = 0; i < N; i++) {
            create(i);
        }
        // No waiting for the projection: whatever it had not yet processed must be caught up after the restart.
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        start();

        checkEverythingSurvived();
    }

    @Test
    @Order(2)
    void nothingAcknowledgedIsLostOrDoubledByACleanStop() throws Exception {
        for (int i = N; i < N + MORE; i++) {
            create(i);
        }
        child.destroy(); // SIGTERM: graceful shutdown
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped within the graceful shutdown timeout").isTrue();
        start();

        checkEverythingSurvived();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void create(int i) {
        String name = "Hội " + TOKEN + " số " + i;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "SPECIALISED_ASSOCIATION");
        body.put("field", "Khoa học kỹ thuật");
        String path = ORGANIZATIONS;
        if (i % 2 == 0) { // half are members from a paper decision, half are fresh applications
            path = ORGANIZATIONS + "/existing-members";
            body.put("admission", Map.of("number", i + "/QĐ-LHH", "date", "2016-12-29", "issuedBy", "BCH",
                                         "signer", "Chủ tịch"));
        }
        String key = "restart-" + TOKEN + "-" + i;
        HttpJson.Response response = http.post(path, body, Map.of("Idempotency-Key", key));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode outcome = response.json();
        String expectedStatus = i % 2 == 0 ? "ACTIVE" : "SUBMITTED";
        assertThat(outcome.get("status").asText()).isEqualTo(expectedStatus);
        acknowledged.put(outcome.get("id").asText(), new Acknowledged(key, path, body, name, expectedStatus,
                                                                      outcome.get("version").asLong()));
    }

    private static void checkEverythingSurvived() {
        // 1. Every acknowledged organisation is readable as acknowledged (the projection resumed from its token).
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (Map.Entry<String, Acknowledged> entry : acknowledged.entrySet()) {
                HttpJson.Response read = http.get(ORGANIZATIONS + "/" + entry.getKey());
                assertThat(read.status()).as("GET %s: %s", entry.getKey(), read).isEqualTo(200);
                JsonNode view = read.json();
                assertThat(view.get("name").asText()).isEqualTo(entry.getValue().name());
                assertThat(view.get("status").asText()).isEqualTo(entry.getValue().status());
                assertThat(view.get("version").asLong()).isEqualTo(entry.getValue().version());
            }
        });
        assertSearchFindsExactlyTheAcknowledged();

        // 2. A retried POST with a used key replays the first answer instead of creating an organisation.
        Map.Entry<String, Acknowledged> first = acknowledged.entrySet().iterator().next();
        HttpJson.Response retry = http.post(first.getValue().path(), first.getValue().body(),
                                            Map.of("Idempotency-Key", first.getValue().idempotencyKey()));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asText()).isEqualTo(first.getKey());
        // ... and the same key on a different request is refused, not answered with the wrong result.
        Map<String, Object> other = new LinkedHashMap<>(first.getValue().body());
        other.put("name", "Hội " + TOKEN + " khác");
        HttpJson.Response misuse = http.post(first.getValue().path(), other,
                                             Map.of("Idempotency-Key", first.getValue().idempotencyKey()));
        assertThat(misuse.status()).as(misuse.toString()).isEqualTo(422);
        assertThat(misuse.body()).contains("platform.idempotency-key-reused");

        // 3. A command on an old aggregate succeeds: it was loaded from the event store at its stored version.
        String id = acknowledged.keySet().stream().skip(starts).findFirst().orElseThrow();
        Acknowledged before = acknowledged.get(id);
        String newName = before.name() + " đổi tên";
        HttpJson.Response renamed = http.send("POST", ORGANIZATIONS + "/" + id + "/name", Map.of("name", newName),
                                              Map.of("If-Match", "\"" + before.version() + "\""));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("version").asLong()).isEqualTo(before.version() + 1);
        HttpJson.Response stale = http.send("POST", ORGANIZATIONS + "/" + id + "/field", Map.of("field", "Y học"),
                                            Map.of("If-Match", "\"" + before.version() + "\""));
        assertThat(stale.status()).as("a stale If-Match: %s", stale).isEqualTo(409);
        acknowledged.put(id, new Acknowledged(before.idempotencyKey(), before.path(), before.body(), newName,
                                              before.status(), before.version() + 1));

        // The rename is the last event: once it is visible, the projection has seen any duplicate the retry made.
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(http.get(ORGANIZATIONS + "/" + id).json().get("name").asText()).isEqualTo(newName));
        assertSearchFindsExactlyTheAcknowledged();
    }

    private static void assertSearchFindsExactlyTheAcknowledged() {
        HttpJson.Response found = http.get(ORGANIZATIONS + "?q=" + TOKEN + "&size=100");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().get("totalItems").asLong()).isEqualTo(acknowledged.size());
        List<String> ids = new ArrayList<>();
        found.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>(acknowledged.keySet());
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void start() throws IOException {
        starts++;
        String java = ProcessHandle.current().info().command()
                                   .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx320m", "-XX:+UseSerialGC",
                "-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("MEMBERSHIP_PORT", String.valueOf(port));
        env.put("LIENHIEP_DATA", dataDir.toString());
        env.put("LIENHIEP_KAFKA_PORT", String.valueOf(portOf(TestInfrastructure.kafkaBootstrap())));
        env.put("LIENHIEP_MONGO_PORT", String.valueOf(TestInfrastructure.mongoPort()));
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        env.put("LIENHIEP_AUTH_ISSUER", TestTokens.shared().issuer());
        env.put("LIENHIEP_SECURITY_JWKSETURI", TestTokens.shared().jwkSetUri());
        Path log = logDir.resolve("membership-start-" + starts + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        child = builder.start();
        awaitHealthy(log);
    }

    private static void awaitHealthy(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpJson.Response last = null;
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the service exited with " + child.exitValue() + " during start-up:\n"
                                         + tail(log));
            }
            try {
                last = http.get("/actuator/health");
                if (last.status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep polling
            }
            sleep(250);
        }
        throw new AssertionError("not healthy within " + START_TIMEOUT + " (last: " + last + "):\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int portOf(String bootstrap) {
        String first = bootstrap.split(",")[0].strip();
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
