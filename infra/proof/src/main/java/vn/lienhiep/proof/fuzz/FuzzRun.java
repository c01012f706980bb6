package vn.lienhiep.proof.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.lienhiep.proof.ProofPlatform;
import vn.lienhiep.proof.Report;
import vn.lienhiep.stack.Platform;
import vn.lienhiep.stack.Status;

/** {@code ./lienhiep fuzz}: hostile input through the gateway, generated from every service's OpenAPI document. */
public final class FuzzRun {

    public static final String REQUESTS = "requests sent";
    public static final String SECTION_FAMILY = "requests by family";
    public static final String SECTION_STATUS = "responses by status";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 5;

    /** Command-line options. */
    public record Options(int requests, long seed, Path json, int threads) {

        public static final String HELP = """
                ./lienhiep fuzz [--requests N] [--seed S] [--threads T] [--json PATH]
                  Starts a fresh platform (gateway rate limit lifted), loads a small fixture, then sends N hostile
                  requests through the gateway, generated from every service's /v3/api-docs: malformed JSON, wrong
                  types, missing/extra fields, huge strings, 10 MB bodies, deep nesting, invalid UTF-8, Vietnamese edge
                  cases (GET only), Mongo operator injection, path traversal, id probing, odd numbers and dates.
                  Checks: no 5xx, every error is problem+json, invalid mutations refused, event store / topics / read
                  models unchanged, services healthy.
                  --requests N   how many requests (default 10000)
                  --seed S       generator seed, for a reproducible run (default: random, printed)
                  --threads T    concurrent clients (default 4)
                  --json PATH    where to write the JSON report (default .data/proof/fuzz-<time>.json)
                """;

        public static Options parse(String[] args) {
            int requests = 10_000;
            long seed = System.nanoTime();
            Path json = null;
            int threads = 4;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--requests" -> requests = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--json" -> json = Path.of(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + HELP);
                }
            }
            return new Options(requests, seed, json, threads);
        }
    }

    /** What the answers looked like, counted concurrently. */
    private static final class Tally {
        final Map<String, LongAdder> byFamily = new ConcurrentHashMap<>();
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final Map<String, LongAdder> transportByFamily = new ConcurrentHashMap<>();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder notProblem = new LongAdder();
        final LongAdder mutations = new LongAdder();
        final LongAdder acceptedMutations = new LongAdder();
        final LongAdder unsendable = new LongAdder();
        final List<String> serverErrorSamples = Collections.synchronizedList(new ArrayList<>());
        final List<String> notProblemSamples = Collections.synchronizedList(new ArrayList<>());
        final List<String> acceptedSamples = Collections.synchronizedList(new ArrayList<>());
        final List<String> transportSamples = Collections.synchronizedList(new ArrayList<>());

        static void sample(List<String> list, String text) {
            synchronized (list) {
                if (list.size() < SAMPLES) {
                    list.add(text);
                }
            }
        }
    }

    private FuzzRun() {
    }

    public static Report run(Options options, Consumer<String> log) throws Exception {
        Report report = new Report("fuzz");
        report.parameter("requests", options.requests()).parameter("seed", options.seed())
              .parameter("threads", options.threads()).parameter("gateway rate limit", "lifted (LIENHIEP_GATEWAY_RATELIMIT_ENABLED=false)");
        String run = Long.toString(Math.abs(options.seed()) % 1_000_000, 36);
        ExecutorService clientPool = Executors.newFixedThreadPool(Math.max(2, options.threads()));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientPool)
                                    .connectTimeout(Duration.ofSeconds(5)).build();
        try (ProofPlatform proof = ProofPlatform.start(ProofPlatform.home(), Map.of("LIENHIEP_GATEWAY_RATELIMIT_ENABLED", "false"), log)) {
            String gateway = proof.gatewayUrl();
            List<String> contexts = Platform.SERVICES.keySet().stream().map(s -> s.replaceFirst("-service$", "")).toList();

            List<Operation> operations = new ArrayList<>();
            for (String context : contexts) {
                HttpResponse<String> doc = get(http, gateway + "/api/" + context + "/v3/api-docs", proof.authorization());
                if (doc.statusCode() == 200) {
                    List<Operation> ops = Operation.parse(context, JSON.readTree(doc.body()));
                    operations.addAll(ops);
                    report.figure("OpenAPI operations", context, ops.size(), "ops", null, null);
                } else {
                    report.figure("OpenAPI operations", context, 0, "ops", null, "no document (HTTP " + doc.statusCode() + ")");
                }
            }
            if (operations.isEmpty()) {
                report.check("operations discovered", 0, 1, "no service served /v3/api-docs");
                return report;
            }

            List<String> ids = Fixture.load(http, gateway, proof::authorization, run, 3);
            log.accept("[fuzz] fixture: organisations " + ids);
            StateSnapshot before = settle(http, proof, contexts, Duration.ofSeconds(60));
            log.accept("[fuzz] baseline: " + before);

            Tally tally = new Tally();
            Cases cases = new Cases(options.seed(), operations, ids);
            // generated one at a time by this thread (same sequence for a seed) and handed over with a bound on
            // requests in flight: 10,000 pre-built cases with megabyte strings would not fit a 512 MB heap
            ExecutorService senders = Executors.newFixedThreadPool(options.threads());
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(options.threads() * 2);
            AtomicLong done = new AtomicLong();
            long began = System.nanoTime();
            for (int i = 0; i < options.requests(); i++) {
                FuzzCase c = cases.next(i);
                inFlight.acquire();
                senders.submit(() -> {
                    try {
                        send(http, gateway, proof.authorization(), c, tally);
                    } finally {
                        inFlight.release();
                    }
                    long n = done.incrementAndGet();
                    if (n % 2000 == 0) {
                        log.accept("[fuzz] " + n + " requests sent");
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.HOURS);
            double seconds = (System.nanoTime() - began) / 1e9;

            StateSnapshot after = settle(http, proof, contexts, Duration.ofSeconds(60));
            Status.Snapshot status = Status.collect(proof.config(), proof::authorization);
            HttpResponse<String> gatewayHealth = get(http, gateway + "/actuator/health", proof.authorization());

            report.figure("load", REQUESTS, done.get(), "req", ">= 10000 (full run)", null);
            report.figure("load", "requests/s", done.get() / seconds, "req/s", null, String.format("%.1f s", seconds));
            report.figure("load", "requests that could not be built (URI rejected by the client)", tally.unsendable.sum(), "req", null, null);
            report.figure("load", "transport errors (connection closed before an answer)",
                          tally.transportByFamily.values().stream().mapToLong(LongAdder::sum).sum(), "req", null,
                          tally.transportSamples.isEmpty() ? null : tally.transportSamples.get(0));
            for (String family : Cases.FAMILIES) {
                LongAdder n = tally.byFamily.get(family);
                LongAdder t = tally.transportByFamily.get(family);
                report.figure(SECTION_FAMILY, family, n == null ? 0 : n.sum(), "req", null,
                              t == null ? null : t.sum() + " transport errors");
            }
            new TreeMap<>(tally.byStatus).forEach((code, n) -> report.figure(SECTION_STATUS, "HTTP " + code, n.sum(), "resp", null, null));

            long answered = tally.byStatus.values().stream().mapToLong(LongAdder::sum).sum();
            report.check("no 5xx", answered - tally.serverErrors.sum(), tally.serverErrors.sum(), samples(tally.serverErrorSamples));
            report.check("errors are problem+json", tally.errors.sum() - tally.notProblem.sum(), tally.notProblem.sum(),
                         samples(tally.notProblemSamples));
            report.check("invalid mutations refused (4xx)", tally.mutations.sum() - tally.acceptedMutations.sum(),
                         tally.acceptedMutations.sum(), samples(tally.acceptedSamples));
            List<String> store = StateSnapshot.differences(before.eventStore(), after.eventStore());
            report.check("event store unchanged", before.eventStore().size() - store.size(), store.size(),
                         store.isEmpty() ? "heads " + before.eventStore() : String.join("; ", store));
            List<String> topics = StateSnapshot.differences(before.topics(), after.topics());
            report.check("topics unchanged", before.topics().size() - topics.size(), topics.size(),
                         topics.isEmpty() ? before.topics().size() + " partitions" : String.join("; ", topics));
            List<String> models = StateSnapshot.differences(before.collections(), after.collections());
            report.check("read models unchanged", before.collections().size() - models.size(), models.size(),
                         models.isEmpty() ? before.collections().size() + " collections" : String.join("; ", models));
            long down = status.processes().stream().filter(p -> !p.health().equals("UP")).count();
            boolean gatewayUp = gatewayHealth.statusCode() == 200 && gatewayHealth.body().contains("\"UP\"");
            report.check("services healthy", status.processes().size() - down + (gatewayUp ? 1 : 0), down + (gatewayUp ? 0 : 1),
                         status.processes().stream().map(p -> p.name() + " " + p.health()).toList() + ", gateway /actuator/health "
                         + gatewayHealth.statusCode());
            report.check("processors caught up after the run", after.processorsCaughtUp() ? 1 : 0, after.processorsCaughtUp() ? 0 : 1,
                         null);
            // Hostile requests are refused at the door: none may reach a projection as an event it cannot handle.
            long parked = status.deadLetters();
            report.check("no event parked in a dead-letter queue", parked == 0 ? 1 : 0, parked == 0 ? 0 : 1,
                         parked == 0 ? null : parked + " parked: GET /api/<context>/admin/processors/<name>/dead-letters");
            report.note("Vietnamese edge cases (NFD, look-alikes, zero-width, RTL override) go only to GET operations, since "
                        + "they are valid input; every mutation is built invalid (one required property nulled, a body "
                        + "that cannot parse, or an id that does not exist), so any 2xx or state change is a finding.");
        } finally {
            clientPool.shutdownNow();
        }
        return report;
    }

    /** Waits until every processor is at its head and two snapshots in a row agree, then returns the last. */
    private static StateSnapshot settle(HttpClient http, ProofPlatform proof, List<String> contexts, Duration budget)
            throws InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        StateSnapshot last = null;
        while (true) {
            StateSnapshot now = StateSnapshot.take(http, proof.gatewayUrl(), proof::authorization, contexts,
                                                   proof.kafkaBootstrap(), proof.mongoUri());
            if ((now.processorsCaughtUp() && now.equals(last)) || System.nanoTime() > deadline) {
                return now;
            }
            last = now;
            Thread.sleep(1000);
        }
    }

    private static void send(HttpClient http, String gateway, String authorization, FuzzCase c, Tally tally) {
        tally.byFamily.computeIfAbsent(c.family(), f -> new LongAdder()).increment();
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + c.rawPath()))
                                               .header("Authorization", authorization)
                                               .timeout(Duration.ofSeconds(60));
            if (c.contentType() != null) {
                b.header("Content-Type", c.contentType());
            }
            b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            request = b.build();
        } catch (IllegalArgumentException e) {
            tally.unsendable.increment();
            return;
        }
        if (c.mutation()) {
            tally.mutations.increment();
        }
        HttpResponse<byte[]> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            tally.transportByFamily.computeIfAbsent(c.family(), f -> new LongAdder()).increment();
            Tally.sample(tally.transportSamples, c.family() + " " + c.method() + " " + c.rawPath() + ": " + e);
            return;
        }
        int code = r.statusCode();
        tally.byStatus.computeIfAbsent(code, k -> new LongAdder()).increment();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String shown = "[" + c.family() + "] " + abbreviate(c.describe(), 600) + " → " + code + " " + type + " "
                       + abbreviate(new String(r.body(), StandardCharsets.UTF_8), 400);
        if (code >= 500) {
            tally.serverErrors.increment();
            Tally.sample(tally.serverErrorSamples, shown);
        }
        if (code >= 400) {
            tally.errors.increment();
            if (!type.startsWith("application/problem+json")) {
                tally.notProblem.increment();
                Tally.sample(tally.notProblemSamples, shown);
            }
        }
        if (c.mutation() && code < 400) {
            tally.acceptedMutations.increment();
            Tally.sample(tally.acceptedSamples, shown);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String samples(List<String> samples) {
        return samples.isEmpty() ? null : String.join(" ‖ ", samples);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
