package vn.lienhiep.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code ./lienhiep status}: one table for an operator — each process's health, each event processor's lag (events
 * between its position and the head of its service's event store) and the events it has parked in its dead-letter
 * queue, and each Kafka consumer group's lag. Reads the
 * running platform's ports and data directory from the same environment as {@code up}; processor state needs the
 * launcher's service account (OPERATOR), whose secret is in the data directory.
 */
public final class Status {

    /** One process: its health and, for a service, its processors' lag and parked events (dead letters). */
    public record ProcessRow(String name, String address, String health, Map<String, Long> processorLag,
                             Map<String, Long> deadLetters) {

        public ProcessRow(String name, String address, String health, Map<String, Long> processorLag) {
            this(name, address, health, processorLag, Map.of());
        }
    }

    /** One consumer group on one topic. */
    public record ConsumerRow(String group, String topic, long lag) {
    }

    public record Snapshot(List<ProcessRow> processes, List<ConsumerRow> consumers, String consumerError) {

        public boolean allUp() {
            return processes.stream().allMatch(row -> row.health().equals("UP"));
        }

        /** Events parked in every processor's dead-letter queue, all services together. */
        public long deadLetters() {
            return processes.stream().flatMap(row -> row.deadLetters().values().stream())
                            .mapToLong(Long::longValue).filter(n -> n > 0).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Status() {
    }

    public static void main(String[] args) {
        PlatformConfig config = PlatformConfig.fromEnvironment(System.getenv());
        Identity identity = new Identity(config);
        Snapshot snapshot = collect(config, () -> {
            try {
                return identity.authorization();
            } catch (RuntimeException e) {
                return null; // provider down or never started: health still shows, lag does not
            }
        });
        System.out.print(render(config, snapshot));
        System.exit(snapshot.allUp() ? 0 : 1);
    }

    public static Snapshot collect(PlatformConfig config, Supplier<String> authorization) {
        List<ProcessRow> processes = new ArrayList<>();
        processes.add(new ProcessRow(Platform.KAFKA, "127.0.0.1:" + config.port(PlatformConfig.KAFKA_PORT),
                                     tcp(config.port(PlatformConfig.KAFKA_PORT)), Map.of()));
        processes.add(new ProcessRow(Platform.MONGO, "127.0.0.1:" + config.port(PlatformConfig.MONGO_PORT),
                                     tcp(config.port(PlatformConfig.MONGO_PORT)), Map.of()));
        processes.add(new ProcessRow(Platform.AUTH, config.authUrl(), health(config.authUrl()), Map.of()));
        String token = null;
        for (Map.Entry<String, String> service : Platform.SERVICES.entrySet()) {
            String base = "http://127.0.0.1:" + config.port(service.getValue());
            String health = health(base);
            Map<String, Long> lag = new LinkedHashMap<>();
            Map<String, Long> parked = new LinkedHashMap<>();
            if (health.equals("UP")) {
                if (token == null) {
                    token = authorization.get();
                }
                if (token != null) {
                    processors(base, context(service.getKey()), token, lag, parked);
                }
            }
            processes.add(new ProcessRow(service.getKey(), base, health, lag, parked));
        }
        processes.add(new ProcessRow(Platform.GATEWAY, config.gatewayUrl(), health(config.gatewayUrl()), Map.of()));

        List<ConsumerRow> consumers = new ArrayList<>();
        String consumerError = null;
        if (processes.get(0).health().equals("UP")) {
            try {
                consumers = consumerLag("127.0.0.1:" + config.port(PlatformConfig.KAFKA_PORT));
            } catch (RuntimeException e) {
                consumerError = e.getMessage();
            }
        } else {
            consumerError = "Kafka is not reachable";
        }
        return new Snapshot(processes, consumers, consumerError);
    }

    public static String render(PlatformConfig config, Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-19s %-28s %-6s %s%n", "PROCESS", "ADDRESS", "HEALTH", "PROCESSOR LAG (events)"));
        for (ProcessRow row : snapshot.processes()) {
            StringBuilder lag = new StringBuilder();
            row.processorLag().forEach((name, events) -> {
                lag.append(lag.length() == 0 ? "" : ", ").append(name).append(' ').append(events);
                long parked = row.deadLetters().getOrDefault(name, 0L);
                if (parked != 0) {
                    lag.append(" (").append(parked < 0 ? "?" : parked).append(" parked)");
                }
            });
            out.append(String.format("%-19s %-28s %-6s %s%n", row.name(), row.address(), row.health(), lag));
        }
        out.append(String.format("%n%-48s %-28s %s%n", "CONSUMER GROUP", "TOPIC", "LAG (records)"));
        if (snapshot.consumerError() != null) {
            out.append("  (unknown: ").append(snapshot.consumerError()).append(")\n");
        } else if (snapshot.consumers().isEmpty()) {
            out.append("  (no consumer groups yet)\n");
        }
        for (ConsumerRow row : snapshot.consumers()) {
            out.append(String.format("%-48s %-28s %d%n", row.group(), row.topic(), row.lag()));
        }
        if (snapshot.deadLetters() > 0) {
            out.append(String.format("%nDEAD LETTERS: %d event(s) parked, the read model does not show them: "
                                     + "GET /api/<context>/admin/processors/<processor>/dead-letters%n",
                                     snapshot.deadLetters()));
        }
        out.append("\nMetrics (Prometheus, OPERATOR token): ");
        List<String> urls = new ArrayList<>();
        Platform.SERVICES.values().forEach(port -> urls.add("http://127.0.0.1:" + config.port(port) + "/actuator/prometheus"));
        urls.add(config.gatewayUrl() + "/actuator/prometheus");
        out.append(String.join(" ", urls)).append('\n');
        return out.toString();
    }

    /** {@code membership-service} → {@code membership}, the first segment of its API paths. */
    static String context(String service) {
        return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
    }

    private static String tcp(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return "UP";
        } catch (IOException e) {
            return "DOWN";
        }
    }

    private static String health(String base) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String status = JSON.readTree(response.body()).path("status").asText("");
            return status.isEmpty() ? "HTTP " + response.statusCode() : status;
        } catch (IOException e) {
            return "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        }
    }

    private static void processors(String base, String context, String authorization, Map<String, Long> lag,
                                   Map<String, Long> parked) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/" + context + "/admin/processors"))
                               .timeout(Duration.ofSeconds(3)).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            JsonNode body = JSON.readTree(response.body());
            JsonNode items = body.isArray() ? body : body.path("items");
            for (JsonNode processor : items) {
                lag.put(processor.path("name").asText(), processor.path("lag").asLong());
                parked.put(processor.path("name").asText(), processor.path("deadLetters").asLong(0));
            }
        } catch (IOException e) {
            // shown as no lag figures
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ConsumerRow> consumerLag(String bootstrap) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        List<ConsumerRow> rows = new ArrayList<>();
        try (Admin admin = Admin.create(properties)) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                Map<String, Long> byTopic = new LinkedHashMap<>();
                committed.forEach((partition, offset) -> byTopic.merge(partition.topic(),
                        Math.max(0, ends.get(partition).offset() - (offset == null ? 0 : offset.offset())), Long::sum));
                byTopic.forEach((topic, lag) -> rows.add(new ConsumerRow(group.groupId(), topic, lag)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        rows.sort(java.util.Comparator.comparing(ConsumerRow::group).thenComparing(ConsumerRow::topic));
        return rows;
    }
}
