package vn.lienhiep.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.bson.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/**
 * Projection replay: grows the membership event store to the wanted size with the cheapest command there is (a
 * member-count report on an admitted organisation: one small event, no set-based check), then rebuilds the
 * organisations read model through the admin API and times it until the processor is back at the head.
 */
public final class Replay {

    public static final String PROCESSOR = "organizations";
    private static final String PROCESSORS = "/api/membership/admin/processors";

    /** @param organisations read-model documents before/after; memberCountEntries likewise (must be equal) */
    public record Result(long eventsAtStart, long eventsReplayed, double growSeconds, long growCommands,
                         long growErrors, String growFirstError, double replaySeconds, long organisationsBefore,
                         long organisationsAfter, long memberCountEntriesBefore, long memberCountEntriesAfter,
                         boolean caughtUp, boolean caughtUpBefore, double catchUpSeconds) {
        public double eventsPerSecond() {
            return replaySeconds <= 0 ? 0 : eventsReplayed / replaySeconds;
        }

        public double growPerSecond() {
            return growSeconds <= 0 ? 0 : growCommands / growSeconds;
        }
    }

    private Replay() {
    }

    /**
     * @param service       HTTP client straight to membership-service (growing through the gateway would only add
     *                      the gateway's CPU to a set-up step)
     * @param organisations ids of admitted organisations to report member counts on
     */
    public static Result run(Http service, String mongoUri, List<String> organisations, long wantedEvents,
                             Duration growBudget, int clients, Consumer<String> log) throws Exception {
        long start = status(service).path("head").asLong();
        long missing = Math.max(0, wantedEvents - start);
        log.accept(String.format("[bench] replay: store has %,d events, adding %,d member-count reports with %d clients",
                                 start, missing, clients));
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long growBegan = System.nanoTime();
        long growDeadline = growBegan + growBudget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < clients; w++) {
                workers.add(pool.submit(() -> {
                    long n;
                    while (System.nanoTime() < growDeadline && (n = next.getAndIncrement()) < missing) {
                        String id = organisations.get((int) (n % organisations.size()));
                        Map<String, Object> counts = Map.of("asOf", "2024-06-30", "members", 100 + (int) (n % 900),
                                                            "intellectualMembers", 10 + (int) (n % 90));
                        try {
                            Http.Response response = service.post("/api/membership/organizations/" + id + "/member-counts", counts);
                            if (response.status() == 200) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, response.status() + " " + response.body());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                        if (n > 0 && n % 10_000 == 0) {
                            log.accept(String.format("[bench] replay: %,d of %,d added", n, missing));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double growSeconds = (System.nanoTime() - growBegan) / 1e9;

        // The read model lags the store after a burst; the replay must start from a complete one to compare.
        long catchUpBegan = System.nanoTime();
        boolean caughtUpBefore = awaitCaughtUp(service, Duration.ofMinutes(60));
        double catchUpSeconds = (System.nanoTime() - catchUpBegan) / 1e9;
        long[] before = readModel(mongoUri);
        long head = status(service).path("head").asLong();
        log.accept(String.format("[bench] replay: rebuilding '%s' from %,d events", PROCESSOR, head));
        long began = System.nanoTime();
        Http.Response started = service.post(PROCESSORS + "/" + PROCESSOR + "/replay", Map.of());
        if (started.status() != 202) {
            throw new IllegalStateException("replay not started: " + started.status() + " " + started.body());
        }
        boolean caughtUp = awaitCaughtUp(service, Duration.ofMinutes(30));
        double replaySeconds = (System.nanoTime() - began) / 1e9;
        long[] after = readModel(mongoUri);
        return new Result(start, head, growSeconds, ok.get(), errors.get(), firstError.get(), replaySeconds,
                          before[0], after[0], before[1], after[1], caughtUp, caughtUpBefore, catchUpSeconds);
    }

    private static JsonNode status(Http service) throws Exception {
        Http.Response response = service.get(PROCESSORS + "/" + PROCESSOR);
        if (response.status() != 200) {
            throw new IllegalStateException("processor status: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** Polls every 20 ms: replay rates are thousands of events a second, so coarser polling would blur them. */
    private static boolean awaitCaughtUp(Http service, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = status(service);
            if (status.path("caughtUp").asBoolean() && !status.path("replaying").asBoolean()
                && status.path("position").asLong() >= status.path("head").asLong()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** [organisation documents, member-count entries over all of them]. */
    private static long[] readModel(String mongoUri) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> organisations = client.getDatabase("lienhiep_membership").getCollection("organizations");
            long documents = 0;
            long entries = 0;
            for (Document document : organisations.find().projection(Projections.include("memberCounts"))) {
                documents++;
                List<?> counts = document.getList("memberCounts", Object.class);
                entries += counts == null ? 0 : counts.size();
            }
            return new long[] {documents, entries};
        }
    }
}
