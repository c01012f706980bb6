package vn.lienhiep.proof.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.lienhiep.proof.ProofPlatform;
import vn.lienhiep.proof.Report;
import vn.lienhiep.stack.Status;

/**
 * One chaos run: start a fresh platform, write under load, inject the faults, stop the load, wait for convergence,
 * then check every acknowledged command against the event store, the topic and the read models.
 */
public final class ChaosRun {

    public static final String FAILURES_DURING_FAULTS = "client-visible failures after a fault was injected";
    public static final String ACKNOWLEDGED = "commands acknowledged (201)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration PROGRESS_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration DRAIN_PATIENCE = Duration.ofSeconds(120);

    private final ChaosOptions options;
    private final Consumer<String> log;
    private final String run = runId();
    private final String prefix = "Hội Thử nghiệm Chịu lỗi " + run;
    private final Report report = new Report("chaos");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private ChaosRun(ChaosOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public static Report run(ChaosOptions options, Consumer<String> log) throws Exception {
        return new ChaosRun(options, log).execute();
    }

    private Report execute() throws Exception {
        List<Fault> schedule = options.schedule();
        report.parameter("clients", options.clients()).parameter("thinkMs", options.thinkMillis())
              .parameter("killsPerService", options.kills()).parameter("quick", options.quick())
              .parameter("schedule", schedule.stream().map(Fault::describe).toList())
              .parameter("gatewayRateLimit", "disabled (LIENHIEP_GATEWAY_RATELIMIT_ENABLED=false)")
              .parameter("run", run);
        Map<String, String> env = Map.of("LIENHIEP_GATEWAY_RATELIMIT_ENABLED", "false");
        LoadClients load;
        List<FaultInjector.Injected> injected = new ArrayList<>();
        Convergence convergence;
        java.nio.file.Path dataDir;
        Map<String, Boolean> healthyAtEnd = new LinkedHashMap<>();
        Map<String, Integer> restarts = new LinkedHashMap<>();
        int[] historySample;
        EventStoreReader.Contents store;
        try (ProofPlatform proof = ProofPlatform.start(ProofPlatform.home(), env, log)) {
            dataDir = proof.config().dataDir();
            load = new LoadClients(proof.gatewayUrl(), proof::authorization, run, prefix, options.clients(),
                                   options.thinkMillis());
            load.start();
            long warmUp = System.nanoTime();
            awaitAcknowledged(load, options.clients() * 3, PROGRESS_TIMEOUT);
            log.accept(String.format("[chaos] load running: %d acknowledged in %.1f s; injecting %d faults",
                                     load.acknowledgedCount(), (System.nanoTime() - warmUp) / 1e9, schedule.size()));

            FaultInjector injector = new FaultInjector(proof.platform(), log);
            for (Fault fault : schedule) {
                FaultInjector.Injected done = injector.inject(fault, RECOVERY_TIMEOUT);
                injected.add(done);
                if (done.recovered()) {
                    // Writes must get through again before the next fault, or faults would pile up on one outage.
                    awaitAcknowledged(load, load.acknowledgedCount() + options.clients(), PROGRESS_TIMEOUT);
                }
            }
            long lastFault = injected.get(injected.size() - 1).atNanos();
            log.accept("[chaos] faults done; stopping the load (each writer finishes its command)");
            load.stopAndDrain(DRAIN_PATIENCE);
            long loadStopped = System.nanoTime();
            log.accept(String.format("[chaos] load stopped: %d commands, %d acknowledged, %d abandoned, %d refused",
                                     load.started(), load.acknowledgedCount(), load.abandoned().size(), load.refused().size()));

            convergence = new Convergence(proof, load, prefix, run, log);
            convergence.await(options.converge());
            report.figure("convergence", "after the last fault was injected", convergence.convergedNanos() < 0 ? -1
                          : (convergence.convergedNanos() - lastFault) / 1e9, "s", null, null)
                  .figure("convergence", "after the load stopped", convergence.convergedNanos() < 0 ? -1
                          : (convergence.convergedNanos() - loadStopped) / 1e9, "s", null,
                          "read model + search + processors caught up + topic");
            convergence.close();
            historySample = historyApiSample(proof, load);
            for (String child : proof.platform().childNames()) {
                healthyAtEnd.put(child, proof.platform().isHealthy(child));
                restarts.put(child, proof.platform().restarts(child));
            }
            log.accept("[chaos] stopping the platform to read the event store");
            // read the H2 files after an orderly stop, before close() deletes the data directory
            proof.stop();
            store = EventStoreReader.read(dataDir, prefix, "chaos-" + run + "-");
        }

        figures(load, injected, convergence, restarts);
        new Invariants(report, load, convergence, store).check(historySample, healthyAtEnd, injected);
        report.note("data directory (only logs/ is kept unless LIENHIEP_PROOF_KEEP_DATA=true): " + dataDir);
        return report;
    }

    private void figures(LoadClients load, List<FaultInjector.Injected> injected, Convergence convergence,
                         Map<String, Integer> restarts) {
        List<LoadClients.Failure> failures = load.failures();
        long firstFault = injected.isEmpty() ? Long.MAX_VALUE : injected.get(0).atNanos();
        report.figure("load", "commands started", load.started(), "", null, null)
              .figure("load", ACKNOWLEDGED, load.acknowledgedCount(), "", null, null)
              .figure("load", "acknowledged as an idempotent replay", load.acknowledged().values().stream()
                      .filter(LoadClients.Acknowledged::replayed).count(), "", null,
                      "the first attempt had succeeded but its answer was lost")
              .figure("load", "commands abandoned (client gave up)", load.abandoned().size(), "", null, null)
              .figure("load", "HTTP attempts", load.attempts(), "", null, null)
              .figure("load", "429 (should be 0: limit lifted)", load.throttled(), "", null, null);
        report.figure("client-visible failures", "total (5xx + connection errors)", failures.size(), "", null, null)
              .figure("client-visible failures", "before the first fault", failures.stream()
                      .filter(f -> f.atNanos() < firstFault).count(), "", "0", null)
              .figure("client-visible failures", FAILURES_DURING_FAULTS, failures.stream()
                      .filter(f -> f.atNanos() >= firstFault).count(), "", null, null);
        load.failuresByCause().forEach((cause, count) ->
                report.figure("client-visible failures", cause, count, "", null, null));
        for (int i = 0; i < injected.size(); i++) {
            FaultInjector.Injected fault = injected.get(i);
            long from = fault.atNanos();
            long until = i + 1 < injected.size() ? injected.get(i + 1).atNanos() : Long.MAX_VALUE;
            Map<String, Long> causes = new LinkedHashMap<>();
            failures.stream().filter(f -> f.atNanos() >= from && f.atNanos() < until)
                    .forEach(f -> causes.merge(f.cause(), 1L, Long::sum));
            long seen = causes.values().stream().mapToLong(Long::longValue).sum();
            String label = (i + 1) + ". " + fault.fault().describe();
            report.figure("faults (recovery = signal → healthy again)", label,
                          fault.recovered() ? fault.recovery().toMillis() / 1000.0 : -1, "s", null,
                          seen + " client failures until the next fault");
            report.note(String.format("%s %s (pid %d → %s): %s", fault.at(), fault.fault().describe(), fault.oldPid(),
                                      fault.recovered() ? fault.newPid() + ", healthy after "
                                                          + fault.recovery().toMillis() / 1000.0 + " s" : "NOT healthy again",
                                      causes.isEmpty() ? "no client failures" : "clients saw " + causes));
        }
        restarts.forEach((child, count) -> report.figure("launcher restarts", child, count, "", null, null));
        report.figure("topic", "records read", convergence.topic().records(), "", null, null)
              .figure("topic", "duplicate records (same CloudEvent id)", convergence.topic().duplicateRecords(), "",
                      null, "allowed: re-sends after a crash; subscribers dedupe on the id");
    }

    /** /history through the gateway for an even sample of the acknowledged organisations: 1 Applied, 1 Admitted. */
    private int[] historyApiSample(ProofPlatform proof, LoadClients load) {
        List<LoadClients.Acknowledged> all = new ArrayList<>(load.acknowledged().values());
        int step = Math.max(1, all.size() / 100);
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < all.size(); i += step) {
            String id = all.get(i).id();
            try {
                JsonNode page = getJson(proof, "/api/membership/organizations/" + id + "/history?size=50");
                int applied = 0;
                int admitted = 0;
                for (JsonNode entry : page.path("items")) {
                    applied += "Applied".equals(entry.path("eventType").asText()) ? 1 : 0;
                    admitted += "Admitted".equals(entry.path("eventType").asText()) ? 1 : 0;
                }
                if (applied == 1 && admitted == 1) {
                    passed++;
                } else {
                    failed++;
                    log.accept("[chaos] history of " + id + ": " + applied + " Applied, " + admitted + " Admitted");
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                log.accept("[chaos] history of " + id + " unreadable: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new int[] {passed, failed};
    }

    JsonNode getJson(ProofPlatform proof, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(proof.gatewayUrl() + path)).timeout(Duration.ofSeconds(20))
                           .header("Authorization", proof.authorization()).header("Accept", "application/json")
                           .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " → " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void awaitAcknowledged(LoadClients load, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (load.acknowledgedCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Letters and digits, starting with a letter: one searchable word. */
    private static String runId() {
        SecureRandom random = new SecureRandom();
        String letters = "abcdefghijkmnpqrstuvwxyz";
        String chars = letters + "23456789";
        StringBuilder id = new StringBuilder().append(letters.charAt(random.nextInt(letters.length())));
        for (int i = 0; i < 5; i++) {
            id.append(chars.charAt(random.nextInt(chars.length())));
        }
        return id.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Set<String> idsOf(Map<Integer, LoadClients.Acknowledged> acknowledged) {
        Set<String> ids = new HashSet<>();
        acknowledged.values().forEach(a -> ids.add(a.id()));
        return ids;
    }

    /**
     * Every process up and every event processor of every service at the head of its event store. A service without
     * event processors lists none; membership, which the load writes to, must list its processors (an empty list
     * there means the admin call failed).
     */
    static boolean caughtUp(Status.Snapshot snapshot) {
        return snapshot.allUp() && snapshot.processes().stream()
                .filter(row -> vn.lienhiep.stack.Platform.SERVICES.containsKey(row.name()))
                .allMatch(row -> (!row.processorLag().isEmpty() || !row.name().equals("membership-service"))
                                 && row.processorLag().values().stream().allMatch(lag -> lag == 0));
    }

    /** What {@link #caughtUp} is waiting for, for the log. */
    static String behind(Status.Snapshot snapshot) {
        List<String> behind = new ArrayList<>();
        snapshot.processes().forEach(row -> {
            if (!row.health().equals("UP")) {
                behind.add(row.name() + " " + row.health());
            }
            row.processorLag().forEach((processor, lag) -> {
                if (lag != 0) {
                    behind.add(row.name() + "/" + processor + " lag " + lag);
                }
            });
        });
        return behind.toString();
    }
}
