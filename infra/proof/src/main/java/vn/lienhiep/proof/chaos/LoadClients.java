package vn.lienhiep.proof.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The steady load: K writers, each creating organisations through the gateway one after the other. Every logical
 * command has its own Idempotency-Key and is retried with that same key after a 5xx, a 429 or a connection error,
 * as a careful client would; what the clients saw on the way is counted by cause. Command {@code n} is the
 * organisation named {@code <prefix> số <n>} with key {@code chaos-<run>-<n>}, so any organisation found later can be
 * traced back to the command that made it.
 */
public final class LoadClients {

    static final String PATH = "/api/membership/organizations/existing-members";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A command the platform acknowledged with 201 and the organisation id it returned. */
    public record Acknowledged(int n, String id, long atNanos, int attempts, boolean replayed) {
    }

    /** What one client saw instead of an answer: an HTTP status ≥ 500 (with the problem title) or an exception. */
    public record Failure(long atNanos, String cause) {
    }

    /** A command refused with a 4xx other than 429: never retried, and an invariant failure (the input was valid). */
    public record Refused(int n, int status, String body) {
    }

    private final String gatewayUrl;
    private final Supplier<String> authorization;
    private final String runId;
    private final String prefix;
    private final int clients;
    private final long thinkMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService pool;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile long giveUpAt = Long.MAX_VALUE;
    private final Map<Integer, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Set<Integer> abandoned = new ConcurrentSkipListSet<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final List<Refused> refused = new CopyOnWriteArrayList<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();

    public LoadClients(String gatewayUrl, Supplier<String> authorization, String runId, String prefix, int clients,
                       long thinkMillis) {
        this.gatewayUrl = gatewayUrl;
        this.authorization = authorization;
        this.runId = runId;
        this.prefix = prefix;
        this.clients = clients;
        this.thinkMillis = thinkMillis;
        this.pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "chaos-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    public String nameOf(int n) {
        return prefix + " số " + n;
    }

    public String keyOf(int n) {
        return "chaos-" + runId + "-" + n;
    }

    public void start() {
        for (int i = 0; i < clients; i++) {
            pool.submit(this::write);
        }
    }

    /**
     * No new commands; each writer keeps retrying the one it has until acknowledged or until {@code patience} ran
     * out (then the command counts as abandoned: the client never learnt whether it happened).
     */
    public void stopAndDrain(Duration patience) throws InterruptedException {
        giveUpAt = System.nanoTime() + patience.toNanos();
        stop.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(patience.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }

    private void write() {
        try {
            while (!stop.get()) {
                command(next.incrementAndGet());
                if (thinkMillis > 0) {
                    Thread.sleep(thinkMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void command(int n) throws InterruptedException {
        String body = body(n);
        long pause = 100;
        for (int attempt = 1; ; attempt++) {
            if (System.nanoTime() > giveUpAt) {
                abandoned.add(n);
                return;
            }
            attempts.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(gatewayUrl + PATH)).timeout(Duration.ofSeconds(20))
                                   .header("Authorization", authorization.get())
                                   .header("Content-Type", "application/json").header("Accept", "application/json")
                                   .header("Idempotency-Key", keyOf(n))
                                   .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 201) {
                    String id = JSON.readTree(response.body()).path("id").asText();
                    boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                    acknowledged.put(n, new Acknowledged(n, id, System.nanoTime(), attempt, replayed));
                    return;
                }
                if (status == 429) {
                    throttled.incrementAndGet();
                } else if (status >= 500) {
                    failures.add(new Failure(System.nanoTime(), "HTTP " + status + " " + title(response.body())));
                } else {
                    refused.add(new Refused(n, status, abbreviate(response.body())));
                    return;
                }
            } catch (IOException e) {
                failures.add(new Failure(System.nanoTime(), cause(e)));
            } catch (RuntimeException e) {
                // e.g. no token: the provider is not among the faults, but a client must not die silently
                failures.add(new Failure(System.nanoTime(), cause(e)));
            }
            Thread.sleep(pause);
            pause = Math.min(1_000, pause * 2);
        }
    }

    private String body(int n) {
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("number", "CH-" + n + "/QĐ-LHH");
        admission.put("date", "2020-01-15");
        admission.put("issuedBy", "BCH");
        admission.put("signer", "Chủ tịch");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", nameOf(n));
        body.put("kind", "SPECIALISED_ASSOCIATION");
        body.put("field", "Thử nghiệm chịu lỗi");
        body.put("admission", admission);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String title(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("title")) {
                return problem.path("title").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not problem+json: show the start of whatever came back
        }
        return "«" + abbreviate(body) + "»";
    }

    private static String cause(Throwable e) {
        String name = e.getClass().getSimpleName();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? name : name + " (" + root.getClass().getSimpleName() + ")";
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public Map<Integer, Acknowledged> acknowledged() {
        return new TreeMap<>(acknowledged);
    }

    public Set<Integer> abandoned() {
        return Set.copyOf(abandoned);
    }

    public List<Failure> failures() {
        return new ArrayList<>(failures);
    }

    public List<Refused> refused() {
        return new ArrayList<>(refused);
    }

    public long attempts() {
        return attempts.get();
    }

    public long throttled() {
        return throttled.get();
    }

    /** Commands started so far (acknowledged, abandoned, refused or still in flight). */
    public int started() {
        return next.get();
    }

    /** Failures by cause, most frequent first. */
    public Map<String, Long> failuresByCause() {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach(f -> counts.merge(f.cause(), 1L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
