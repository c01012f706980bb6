package vn.lienhiep.proof.chaos;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.lienhiep.proof.ProofPlatform;
import vn.lienhiep.stack.Status;

/**
 * Waits until the platform has caught up with everything acknowledged: each acknowledged organisation in the
 * organisations read model (both events applied) and in the history read model, found by the search through the
 * gateway, its organization-admitted event on the topic, and every processor of every service at the head of its
 * event store. Keeps the last observation of each, which the invariants are then checked against.
 */
public final class Convergence implements AutoCloseable {

    private final ProofPlatform proof;
    private final LoadClients load;
    private final String query;
    private final Consumer<String> log;
    private final TopicReader topic;
    private final ReadModels models;
    private ReadModels.Snapshot snapshot = new ReadModels.Snapshot(Map.of(), Map.of(), Map.of());
    private Set<String> searchIds = Set.of();
    private Status.Snapshot status;
    private long convergedNanos = -1;
    private String waitingFor = "nothing checked yet";

    Convergence(ProofPlatform proof, LoadClients load, String prefix, String run, Consumer<String> log) {
        this.proof = proof;
        this.load = load;
        this.query = "thu nghiem chiu loi " + run;
        this.log = log;
        this.topic = new TopicReader(proof.kafkaBootstrap());
        this.models = new ReadModels(proof.mongoUri());
    }

    void await(Duration timeout) throws InterruptedException {
        Set<String> acknowledged = ChaosRun.idsOf(load.acknowledged());
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        long lastLog = began;
        while (System.nanoTime() < deadline) {
            boolean atEnd = topic.catchUp(Duration.ofSeconds(5));
            try {
                snapshot = models.read();
            } catch (RuntimeException e) {
                waitingFor = "Mongo-wire: " + e.getMessage();
            }
            status = Status.collect(proof.config(), proof::authorization);
            long notInModel = acknowledged.stream().filter(id -> !complete(snapshot, id)).count();
            long notOnTopic = acknowledged.stream().filter(id -> topic.admittedEvents(id) == 0).count();
            boolean processors = ChaosRun.caughtUp(status);
            if (notInModel == 0 && notOnTopic == 0 && processors && atEnd) {
                searchIds = search();
                long notFound = acknowledged.stream().filter(id -> !searchIds.contains(id)).count();
                if (notFound == 0) {
                    convergedNanos = System.nanoTime();
                    log.accept(String.format("[chaos] converged %.1f s after the load stopped",
                                             (convergedNanos - began) / 1e9));
                    return;
                }
                waitingFor = notFound + " not found by the search";
            } else {
                waitingFor = notInModel + " not (fully) in the read models, " + notOnTopic + " not on the topic, processors "
                             + (processors ? "caught up" : "behind: " + ChaosRun.behind(status)) + (atEnd ? "" : ", topic not read to the end");
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                log.accept("[chaos] converging: " + waitingFor);
                lastLog = System.nanoTime();
            }
            Thread.sleep(500);
        }
        log.accept("[chaos] NOT converged after " + timeout.toSeconds() + " s: " + waitingFor);
        searchIds = search();
    }

    /** In the organisations read model with both events applied, and both rows in the history read model. */
    static boolean complete(ReadModels.Snapshot snapshot, String id) {
        ReadModels.OrganizationRow row = snapshot.organizations().get(id);
        List<String> history = snapshot.historyEventTypes().get(id);
        return row != null && row.version() >= 1 && history != null && history.size() >= 2;
    }

    /** Every organisation the gateway's search finds for this run's words, page by page. */
    private Set<String> search() {
        Set<String> ids = new HashSet<>();
        try {
            for (int page = 0; page < 100_000; page++) {
                JsonNode result = getJson("/api/membership/organizations?size=100&page=" + page + "&q=" + ChaosRun.encode(query));
                JsonNode items = result.path("items");
                items.forEach(item -> ids.add(item.path("id").asText()));
                if (items.size() < 100) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            waitingFor = "search failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ids;
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(proof.gatewayUrl() + path))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", proof.authorization())
                        .header("Accept", "application/json").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " → " + response.statusCode());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    public long convergedNanos() {
        return convergedNanos;
    }

    public String waitingFor() {
        return waitingFor;
    }

    public TopicReader topic() {
        return topic;
    }

    public ReadModels.Snapshot snapshot() {
        return snapshot;
    }

    public Set<String> searchIds() {
        return searchIds;
    }

    public Status.Snapshot status() {
        return status;
    }

    @Override
    public void close() {
        topic.close();
        models.close();
    }
}
