package vn.lienhiep.proof;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import vn.lienhiep.proof.bench.ClosedLoop;
import vn.lienhiep.proof.bench.ExpertToReview;
import vn.lienhiep.proof.bench.Floors;
import vn.lienhiep.proof.bench.Http;
import vn.lienhiep.proof.bench.Ladder;
import vn.lienhiep.proof.bench.Memory;
import vn.lienhiep.proof.bench.Options;
import vn.lienhiep.proof.bench.Peer;
import vn.lienhiep.proof.bench.PublicEventWatch;
import vn.lienhiep.proof.bench.Replay;
import vn.lienhiep.proof.bench.Target;
import vn.lienhiep.proof.bench.WriteVisible;
import vn.lienhiep.stack.Platform;

/**
 * {@code ./lienhiep bench}: starts the platform on a fresh data directory and measures, in one run on one machine,
 * write → visible (same service, and across services: an expert verified in membership joining review's pool),
 * sustained command throughput through the gateway, projection replay rate, cold start and RSS per JVM — next to THE
 * FLOOR (bare Mongo-wire, Kafka and SQL append) and a plain Spring MVC + Spring Data MongoDB peer doing the same
 * work. Targets are judged in the table;
 * only the validity of the run (no lost write, no server error, replay rebuilt the same data) sets the exit code.
 */
public final class Bench {

    static final String PUBLIC_TOPIC = "lienhiep.membership.v1";
    static final String FLOOR = "1. floor: bare stores, same machine, same run (one client unless said)";
    static final String WRITE_VISIBLE = "2. write → visible, one writer through the gateway (POST sent → first GET 200, polled 1 ms apart)";
    static final String RATIOS = "6. ratios (platform p99 ÷ floor p99; platform ÷ peer)";
    static final String THROUGHPUT = "3. sustained commands through the gateway (closed loop, creating organisations)";
    static final String REPLAY = "4. projection replay (membership 'organizations' read model)";
    static final String JVMS = "7. cold start and memory per JVM";
    static final String PEER = "5. peer baseline: plain Spring MVC + Spring Data MongoDB CRUD, same body, called directly";
    private static final double KB_PER_MB = 1024.0;

    private Bench() {
    }

    public static int main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.println(Options.HELP);
            return 0;
        }
        Report report = new Report("bench");
        try {
            run(options, report, System.err::println);
        } catch (Exception e) {
            e.printStackTrace();
            report.check("the bench ran to the end", 0, 1, e.toString());
        }
        report.print(System.out);
        Path written = report.write(options.json());
        System.out.println("JSON: " + written.toAbsolutePath());
        return report.exitCode();
    }

    /** Every phase against one freshly started platform; figures and checks go into {@code report}. */
    public static void run(Options options, Report report, Consumer<String> log) throws Exception {
        String runTag = UUID.randomUUID().toString().substring(0, 6);
        report.parameter("mode", options.quick() ? "quick" : "full")
              .parameter("writeVisibleSamples", options.samples())
              .parameter("warmUpWrites", options.warmUp())
              .parameter("secondsPerThroughputLevel", options.durationSeconds())
              .parameter("clientLevels", options.clients())
              .parameter("replayEvents", options.replayEvents())
              .parameter("growSecondsBudget", options.growSeconds())
              .parameter("floorSamples", options.floorSamples())
              .parameter("gatewayRateLimit", "lifted (LIENHIEP_GATEWAY_RATELIMIT_ENABLED=false)")
              .parameter("loadAverageBefore", Memory.loadAverage());
        Map<String, String> env = Map.of("LIENHIEP_GATEWAY_RATELIMIT_ENABLED", "false");
        log.accept("[bench] starting the platform on a fresh data directory …");
        try (ProofPlatform proof = ProofPlatform.start(ProofPlatform.home(), env, log);
             Http gateway = new Http(proof.gatewayUrl(), proof::authorization)) {
            Platform platform = proof.platform();
            Map<String, Long> extraPids = new ConcurrentHashMap<>();
            try (Memory memory = new Memory(() -> {
                Map<String, Long> pids = new LinkedHashMap<>();
                platform.childNames().forEach(name -> pids.put(name, platform.pid(name)));
                pids.putAll(extraPids);
                return pids;
            })) {
                Map<String, Duration> coldStarts = new LinkedHashMap<>();
                platform.childNames().forEach(child -> coldStarts.put(child, platform.startupTime(child)));
                Floors.All floors = floors(proof, options, report, log);
                ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
                Target platformTarget = recording(Target.http(gateway, Target.PLATFORM_CREATE, Target.PLATFORM_READ),
                                                  created);
                WriteVisible.Result visible = writeVisible(platformTarget, runTag, options, report, log);
                ExpertToReview.Result cross = crossService(proof, gateway, runTag, options, report, log);
                List<ClosedLoop.Result> ladder = throughput(platformTarget, runTag + "t", options, THROUGHPUT, report, log);
                Replay.Result replay = replay(proof, created, runTag, options, report, log);
                memory.sample();
                PeerFigures peer = options.peer()
                        ? peer(proof, options, runTag, report, extraPids, memory, ladder.size(), log) : null;
                ratios(report, floors, visible, cross, ladder, replay, peer);
                memory(platform, coldStarts, memory, report);
                health(platform, report);
            }
        } finally {
            report.parameter("loadAverageAfter", Memory.loadAverage());
        }
    }

    private static Floors.All floors(ProofPlatform proof, Options options, Report report, Consumer<String> log)
            throws Exception {
        int n = options.floorSamples();
        int warm = Math.max(20, n / 10);
        Duration rateWindow = Duration.ofSeconds(options.quick() ? 2 : 5);
        log.accept("[bench] floor: SQL append, Mongo-wire insert, Kafka round trip …");
        Floors.Floor sql = Floors.sql(warm, n);
        Floors.Floor mongo = Floors.mongo(proof.mongoUri(), warm, n, 4, rateWindow);
        Floors.Floor kafka = Floors.kafka(proof.kafkaBootstrap(), warm, n);
        addFloors(report, new Floors.All(sql, mongo, kafka));
        return new Floors.All(sql, mongo, kafka);
    }

    /** Also used by the smoke test, which measures the floors without a platform. */
    public static void addFloors(Report report, Floors.All floors) {
        floors.sql().sequential().latency().addTo(report, FLOOR, "SQL append (H2 file, WRITE_DELAY=0, 1 event row/tx)",
                                                  null, null);
        report.figure(FLOOR, "SQL append rate (1 connection)", Math.round(floors.sql().sequential().perSecond()),
                      "rows/s", null, null);
        floors.mongo().sequential().latency().addTo(report, FLOOR, "Mongo-wire insertOne (read-model document)",
                                                    null, null);
        report.figure(FLOOR, "Mongo-wire inserts (1 client)", Math.round(floors.mongo().sequential().perSecond()),
                      "docs/s", null, null);
        if (floors.mongo().concurrent() != null) {
            report.figure(FLOOR, "Mongo-wire inserts (4 clients)", Math.round(floors.mongo().concurrent().perSecond()),
                          "docs/s", null, null);
        }
        floors.kafka().sequential().latency().addTo(report, FLOOR, "Kafka produce (acks=all) → consume round trip",
                                                    null, null);
        report.check("floor measurements completed",
                     floors.sql().sequential().ok() + floors.mongo().sequential().ok() + floors.kafka().sequential().ok(),
                     floors.sql().sequential().errors() + floors.mongo().sequential().errors()
                     + floors.kafka().sequential().errors(),
                     firstNonNull(floors.sql().sequential().firstError(), floors.mongo().sequential().firstError(),
                                  floors.kafka().sequential().firstError()));
    }

    private static WriteVisible.Result writeVisible(Target target, String runTag, Options options, Report report,
                                                    Consumer<String> log) throws Exception {
        log.accept(String.format("[bench] write → visible: %d warm-up + %d measured writes …", options.warmUp(),
                                 options.samples()));
        WriteVisible.Result result = WriteVisible.measure(target, null, runTag + "w", options.warmUp(),
                                                          options.samples());
        result.sameService().addTo(report, WRITE_VISIBLE, "same service (membership read model)", "≤ 2× floor",
                                   null);
        report.check("every write was acknowledged with 201", result.acknowledged(), result.notAcknowledged(),
                     result.firstError());
        report.check("every acknowledged write became visible in the owning read model",
                     result.acknowledged() - result.neverVisible(), result.neverVisible(),
                     "within " + WriteVisible.VISIBLE_TIMEOUT.toSeconds() + " s");
        return result;
    }

    /**
     * Across services through the real flow: verification in membership → the expert in review's pool; the same
     * verifications are also timed to the public event polled by a plain Kafka subscriber (the floor-ish view of
     * the hop, without review's writes and the read through the gateway).
     */
    private static ExpertToReview.Result crossService(ProofPlatform proof, Http gateway, String runTag,
                                                      Options options, Report report, Consumer<String> log)
            throws Exception {
        // The organisation writes before this published on the topic, so it exists; the subscriber must not create it.
        try (PublicEventWatch watch = new PublicEventWatch(proof.kafkaBootstrap(), PUBLIC_TOPIC)) {
            watch.awaitAssigned(Duration.ofSeconds(90));
            log.accept(String.format("[bench] across services: registering %d persons + experts (not timed), then"
                                     + " %d warm-up + %d measured verifications → review's pool …",
                                     options.warmUp() + options.samples(), options.warmUp(), options.samples()));
            ExpertToReview.Result result = ExpertToReview.measure(gateway, watch, runTag + "x", options.warmUp(),
                                                                  options.samples());
            result.inPool().addTo(report, WRITE_VISIBLE,
                                  "across services (expert verified in membership → GET review's pool 200)",
                                  "≤ 3× floor", null);
            result.published().addTo(report, WRITE_VISIBLE, "membership public event polled from Kafka", null,
                                     "same verifications; a bare subscriber on " + PUBLIC_TOPIC);
            report.note("'across services' is the platform's real cross-context flow: POST /api/membership/experts/"
                        + "{id}/verification through the gateway (200) → first 200 from GET /api/review/experts/{id}"
                        + " through the gateway, polled 1 ms apart (membership event store → Kafka → review's SQL"
                        + " pool + Mongo read model); each sample has its own person + expert registered beforehand,"
                        + " not timed. 'membership public event polled from Kafka' times the same verifications to"
                        + " the record arriving at a plain subscriber.");
            report.check("every person + expert for the cross-service samples was registered (201)",
                         result.registered(), result.notRegistered(),
                         result.notRegistered() > 0 ? result.firstError() : null);
            report.check("no expert was in review's pool before verification (GET 404)",
                         result.registered() - result.notAbsentBefore(), result.notAbsentBefore(), null);
            report.check("every verification was acknowledged with 200", result.verified(), result.notVerified(),
                         result.notVerified() > 0 ? result.firstError() : null);
            report.check("every verified expert became visible in review's pool",
                         result.verified() - result.neverInPool(), result.neverInPool(),
                         "within " + WriteVisible.VISIBLE_TIMEOUT.toSeconds() + " s");
            report.check("every verification arrived on " + PUBLIC_TOPIC,
                         result.verified() - result.neverPublished(), result.neverPublished(),
                         "within " + WriteVisible.VISIBLE_TIMEOUT.toSeconds() + " s");
            return result;
        }
    }

    private static List<ClosedLoop.Result> throughput(Target target, String runTag, Options options, String section,
                                                      Report report, Consumer<String> log) {
        // One counter across all levels: names must stay unique (the platform rejects a duplicate name with 422).
        AtomicLong names = new AtomicLong();
        ClosedLoop.Operation create = (worker, seq) -> target.create(runTag, names.incrementAndGet()) != null;
        Duration warmUp = Duration.ofSeconds(options.quick() ? 1 : 2);
        List<ClosedLoop.Result> ladder = Ladder.climb(options.clients(), warmUp,
                                                      Duration.ofSeconds(options.durationSeconds()), create,
                                                      section.equals(PEER) ? "peer" : "platform", log);
        Ladder.addTo(report, section, "commands/s", ladder);
        ClosedLoop.Result best = Ladder.headline(ladder);
        report.figure(section, "HEADLINE: best commands/s with p99 < 100 ms", best == null ? 0 : Math.round(best.perSecond()),
                      "cmd/s", section.equals(PEER) ? null : "≥ 1,000",
                      best == null ? "no level kept p99 under 100 ms" : "at " + best.clients() + " clients");
        long errors = Ladder.errors(ladder);
        report.check((section.equals(PEER) ? "peer" : "platform") + ": commands under load answered 201",
                     Ladder.ok(ladder), errors,
                     ladder.stream().map(ClosedLoop.Result::firstError).filter(e -> e != null).findFirst().orElse(null));
        return ladder;
    }

    private static Replay.Result replay(ProofPlatform proof, ConcurrentLinkedQueue<String> created, String runTag,
                               Options options, Report report, Consumer<String> log) throws Exception {
        String membership = "http://127.0.0.1:" + proof.config().port(Platform.SERVICES.get("membership-service"));
        try (Http service = new Http(membership, proof::authorization)) {
            // ~50 events per organisation: loading an aggregate stays cheap, as in a real province.
            int wanted = (int) Math.max(1, Math.min(5_000, options.replayEvents() / 50));
            List<String> pool = new ArrayList<>(created);
            if (pool.size() > wanted) {
                pool = new ArrayList<>(pool.subList(0, wanted));
            }
            Target direct = Target.http(service, Target.PLATFORM_CREATE, Target.PLATFORM_READ);
            AtomicInteger n = new AtomicInteger(2_000_000);
            while (pool.size() < wanted) {
                pool.add(direct.create(runTag + "r", n.getAndIncrement()));
            }
            Replay.Result result = Replay.run(service, proof.mongoUri(), pool, options.replayEvents(),
                                              Duration.ofSeconds(options.growSeconds()), 8, log);
            report.figure(REPLAY, "events in the store before growing", result.eventsAtStart(), "events", null, null);
            report.figure(REPLAY, "member-count commands to grow it (direct to membership, 8 clients)",
                          Math.round(result.growPerSecond()), "cmd/s", null,
                          String.format("%,d commands in %.0f s", result.growCommands(), result.growSeconds()));
            report.figure(REPLAY, "read model catching up after growing (lag → 0)", result.catchUpSeconds(), "s", null,
                          "the projection falls behind while commands arrive faster than it writes");
            report.figure(REPLAY, "events replayed (global index head)", result.eventsReplayed(), "events", "≥ 100,000",
                          result.eventsReplayed() < options.replayEvents()
                                  ? "growing stopped at the --grow-seconds budget" : null);
            report.figure(REPLAY, "replay time (reset → caught up)", result.replaySeconds(), "s", null, null);
            report.figure(REPLAY, "replay rate", Math.round(result.eventsPerSecond()), "events/s", "≥ 20,000", null);
            report.check("store grown with member-count commands (200)", result.growCommands(), result.growErrors(),
                         result.growFirstError());
            report.check("read model caught up before the replay", result.caughtUpBefore() ? 1 : 0,
                         result.caughtUpBefore() ? 0 : 1, null);
            report.check("replay reached the head of the store", result.caughtUp() ? 1 : 0, result.caughtUp() ? 0 : 1,
                         null);
            long sameOrgs = result.organisationsBefore() == result.organisationsAfter() ? 1 : 0;
            long sameCounts = result.memberCountEntriesBefore() == result.memberCountEntriesAfter() ? 1 : 0;
            // Organisations were created with no counts, so every accepted report is exactly one entry.
            long allCounts = result.memberCountEntriesAfter() == result.growCommands() ? 1 : 0;
            report.check("replay rebuilt the same read model (organisations, entries, entries = reports accepted)",
                         sameOrgs + sameCounts + allCounts, 3 - sameOrgs - sameCounts - allCounts,
                         String.format("organisations %d → %d, entries %d → %d, reports accepted %d",
                                       result.organisationsBefore(), result.organisationsAfter(),
                                       result.memberCountEntriesBefore(), result.memberCountEntriesAfter(),
                                       result.growCommands()));
            return result;
        }
    }

    /** What the ratios need from the peer run. */
    record PeerFigures(WriteVisible.Result visible, List<ClosedLoop.Result> ladder) {
    }

    private static PeerFigures peer(ProofPlatform proof, Options options, String runTag, Report report,
                                    Map<String, Long> extraPids, Memory memory, int levels, Consumer<String> log)
            throws Exception {
        log.accept("[bench] peer: starting the plain Spring MVC + Spring Data MongoDB app …");
        Path logDir = proof.config().logDir();
        try (Peer.Running peer = Peer.start(proof.mongoUri(), logDir, Duration.ofMinutes(3));
             Http http = new Http(peer.url(), null)) {
            extraPids.put("peer-crud", peer.child().pid());
            report.figure(PEER, "peer: cold start", peer.child().startup().toMillis() / 1000.0, "s", null,
                          "alone, on an otherwise idle platform");
            Target target = Target.http(http, Target.PEER_CREATE, Target.PEER_READ);
            WriteVisible.Result visible = WriteVisible.measure(target, null, runTag + "p", options.warmUp(),
                                                               options.samples());
            visible.sameService().addTo(report, PEER, "peer: write → visible", null, null);
            report.check("peer: every acknowledged write became visible", visible.acknowledged() - visible.neverVisible(),
                         visible.neverVisible() + visible.notAcknowledged(), null);
            // The same client levels the platform went through, so the two ladders compare level by level.
            List<Integer> same = options.clients().subList(0, Math.max(1, Math.min(levels, options.clients().size())));
            Options peerOptions = new Options(false, options.quick(), options.samples(), options.warmUp(),
                                              options.durationSeconds(), same, options.replayEvents(),
                                              options.growSeconds(), options.floorSamples(), true, options.json());
            List<ClosedLoop.Result> ladder = throughput(target, runTag + "q", peerOptions, PEER, report, log);
            memory.sample();
            Long rss = memory.peakKb().get("peer-crud");
            report.figure(PEER, "peer: RSS peak", rss == null ? -1 : rss / KB_PER_MB, "MB", null, null);
            extraPids.remove("peer-crud");
            return new PeerFigures(visible, ladder);
        }
    }

    private static void ratios(Report report, Floors.All floors, WriteVisible.Result visible,
                               ExpertToReview.Result crossService, List<ClosedLoop.Result> ladder,
                               Replay.Result replay, PeerFigures peer) {
        double sameFloor = floors.sql().p99() + floors.mongo().p99();
        double crossFloor = floors.sql().p99() + floors.kafka().p99() + floors.mongo().p99();
        double same = visible.sameService().millis(99);
        double cross = crossService.inPool().millis(99);
        report.figure(RATIOS, "same-service p99 ÷ (SQL append p99 + Mongo insert p99)", ratio(same, sameFloor), "×",
                      "≤ 2", String.format("%.1f ms ÷ %.1f ms", same, sameFloor));
        report.figure(RATIOS, "cross-service p99 ÷ (SQL append p99 + Kafka round trip p99 + Mongo insert p99)",
                      ratio(cross, crossFloor), "×", "≤ 3",
                      String.format("%.1f ms ÷ %.1f ms; expert verified in membership → in review's pool: membership"
                                    + " store append → Kafka → review SQL pool + Mongo write", cross, crossFloor));
        ClosedLoop.Result best = Ladder.headline(ladder);
        double commands = best == null ? 0 : best.perSecond();
        report.figure(RATIOS, "headline commands/s ÷ SQL append rows/s (1 connection)",
                      ratio(commands, floors.sql().sequential().perSecond()), "×", null, null);
        report.figure(RATIOS, "replay events/s ÷ Mongo-wire inserts/s (1 client)",
                      ratio(replay.eventsPerSecond(), floors.mongo().sequential().perSecond()), "×", null,
                      "each replayed event is one read-model write");
        if (peer != null) {
            report.figure(RATIOS, "platform write→visible p99 ÷ peer write→visible p99",
                          ratio(same, peer.visible().sameService().millis(99)), "×", null, null);
            ClosedLoop.Result peerBest = Ladder.headline(peer.ladder());
            report.figure(RATIOS, "platform headline commands/s ÷ peer headline commands/s",
                          ratio(commands, peerBest == null ? 0 : peerBest.perSecond()), "×", null, null);
        }
    }

    private static void memory(Platform platform, Map<String, Duration> coldStarts, Memory memory, Report report) {
        coldStarts.forEach((child, startup) -> report.figure(
                JVMS, child + ": cold start", startup == null ? -1 : startup.toMillis() / 1000.0, "s", null, null));
        report.note("cold starts overlap: Kafka + Mongo-wire first, then auth-server and the four services together,"
                    + " then the gateway, all on this machine's cores; each figure is process start → healthy.");
        Map<String, Long> peak = memory.peakKb();
        Map<String, Long> last = memory.lastKb();
        for (String child : platform.childNames()) {
            boolean service = Platform.SERVICES.containsKey(child) || child.equals(Platform.GATEWAY)
                              || child.equals(Platform.AUTH);
            report.figure(JVMS, child + ": RSS peak during the run", peak.getOrDefault(child, -1L) / KB_PER_MB, "MB",
                          service ? "≤ 350" : null, null);
            report.figure(JVMS, child + ": RSS at the end", last.getOrDefault(child, -1L) / KB_PER_MB, "MB", null, null);
        }
        report.note("RSS is VmRSS from /proc/<pid>/status sampled every second; services run with -Xmx320m"
                    + " -Xss512k -XX:MaxMetaspaceSize=200m -XX:+UseSerialGC (the launcher's settings).");
    }

    private static void health(Platform platform, Report report) {
        long healthy = 0;
        List<String> problems = new ArrayList<>();
        for (String child : platform.childNames()) {
            if (platform.isHealthy(child) && platform.restarts(child) == 0) {
                healthy++;
            } else {
                problems.add(child + (platform.isHealthy(child) ? "" : " unhealthy")
                             + (platform.restarts(child) == 0 ? "" : " restarted " + platform.restarts(child) + "×"));
            }
        }
        report.check("every platform process healthy at the end, none restarted", healthy, problems.size(),
                     problems.isEmpty() ? null : String.join(", ", problems));
    }

    /** Remembers the ids the platform acknowledged, so the replay can add events to organisations that exist. */
    private static Target recording(Target target, ConcurrentLinkedQueue<String> created) {
        AtomicInteger kept = new AtomicInteger();
        return new Target() {
            @Override
            public String create(String runTag, long n) throws Exception {
                String id = target.create(runTag, n);
                if (id != null && kept.incrementAndGet() <= 5_000) {
                    created.add(id);
                }
                return id;
            }

            @Override
            public boolean visible(String id) throws Exception {
                return target.visible(id);
            }
        };
    }

    private static double ratio(double value, double floor) {
        return floor <= 0 ? 0 : Math.round(value / floor * 100) / 100.0;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
