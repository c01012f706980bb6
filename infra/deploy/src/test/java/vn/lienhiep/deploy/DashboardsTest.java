package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Grafana: provisioning matches compose, and every dashboard panel queries Prometheus for metrics that exist. */
class DashboardsTest {

    private static final Path GRAFANA = DeployFiles.DEPLOY.resolve("grafana");

    private static Map<Path, JsonNode> dashboards() {
        Map<Path, JsonNode> boards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted()
                 .forEach(f -> boards.put(f, DeployFiles.json(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boards;
    }

    /** Panels, including those nested in collapsed rows. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                panel.path("panels").forEach(all::add);
            } else {
                all.add(panel);
            }
        }
        return all;
    }

    private static String datasourceUid() {
        Map<String, Object> provisioning = DeployFiles.yaml(GRAFANA.resolve("provisioning/datasources/prometheus.yml"));
        Map<String, Object> ds = DeployFiles.map(DeployFiles.list(provisioning.get("datasources")).get(0));
        assertThat(ds.get("type")).isEqualTo("prometheus");
        assertThat(String.valueOf(ds.get("url"))).as("Grafana reaches the compose Prometheus")
                                                 .isEqualTo("http://prometheus:9090");
        assertThat(DeployFiles.services(DeployFiles.compose())).containsKey("prometheus");
        return String.valueOf(ds.get("uid"));
    }

    @Test
    void dashboardsAreValidWithUniqueUidsAndVietnameseFirstTitles() {
        Map<Path, JsonNode> boards = dashboards();
        assertThat(boards).hasSizeGreaterThanOrEqualTo(7);
        Set<String> uids = new LinkedHashSet<>();
        for (var entry : boards.entrySet()) {
            JsonNode board = entry.getValue();
            String uid = board.path("uid").asText();
            assertThat(uid).as("%s uid", entry.getKey().getFileName()).isNotBlank();
            assertThat(uids.add(uid)).as("uid %s is unique", uid).isTrue();
            String title = board.path("title").asText();
            assertThat(title).as("title of %s", uid).contains(" / ");
            assertThat(title.substring(0, title.indexOf(" / "))).as("title of %s starts in Vietnamese", uid)
                                                                .matches("(?s).*[^\\x00-\\x7F].*");
            assertThat(board.has("id") && !board.get("id").isNull()).as("%s carries no database id", uid).isFalse();
        }
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheus() {
        String uid = datasourceUid();
        List<String> problems = new ArrayList<>();
        dashboards().forEach((file, board) -> {
            List<JsonNode> panels = panels(board);
            if (panels.isEmpty()) {
                problems.add(file.getFileName() + ": no panels");
            }
            Set<Integer> ids = new LinkedHashSet<>();
            for (JsonNode panel : panels) {
                String where = file.getFileName() + " / " + panel.path("title").asText();
                if (!ids.add(panel.path("id").asInt())) {
                    problems.add(where + ": duplicate panel id");
                }
                if (!isPrometheus(panel.path("datasource"), uid)) {
                    problems.add(where + ": datasource " + panel.path("datasource"));
                }
                JsonNode targets = panel.path("targets");
                if (!targets.isArray() || targets.isEmpty()) {
                    problems.add(where + ": no target");
                }
                for (JsonNode target : targets) {
                    if (target.path("expr").asText().isBlank()) {
                        problems.add(where + ": empty expr");
                    }
                    if (target.has("datasource") && !isPrometheus(target.path("datasource"), uid)) {
                        problems.add(where + ": target datasource " + target.path("datasource"));
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static boolean isPrometheus(JsonNode datasource, String uid) {
        return "prometheus".equals(datasource.path("type").asText()) && uid.equals(datasource.path("uid").asText());
    }

    @Test
    void queriesUseOnlyMetricsThePlatformExposes() {
        Set<String> known = DeployFiles.knownMetrics().keySet();
        Set<String> unknown = new TreeSet<>();
        int queries = 0;
        for (var entry : dashboards().entrySet()) {
            for (String query : queries(entry.getValue())) {
                queries++;
                for (String metric : DeployFiles.metricNames(query)) {
                    if (!known.contains(metric)) {
                        unknown.add(entry.getKey().getFileName() + ": " + metric);
                    }
                }
            }
        }
        assertThat(queries).as("sanity: queries were found").isGreaterThan(50);
        assertThat(unknown).isEmpty();
    }

    private static List<String> queries(JsonNode board) {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : panels(board)) {
            panel.path("targets").forEach(t -> queries.add(t.path("expr").asText()));
        }
        for (JsonNode variable : board.path("templating").path("list")) {
            JsonNode query = variable.path("query");
            String text = query.isObject() ? query.path("query").asText() : query.asText();
            if ("query".equals(variable.path("type").asText()) && !text.isBlank()) {
                queries.add(text);
            }
        }
        return queries;
    }

    @Test
    void theRequiredDashboardsExist() {
        Map<String, Set<String>> metricsByUid = new LinkedHashMap<>();
        Map<String, String> textByUid = new LinkedHashMap<>();
        dashboards().values().forEach(board -> {
            Set<String> metrics = new TreeSet<>();
            queries(board).forEach(q -> metrics.addAll(DeployFiles.metricNames(q)));
            metricsByUid.put(board.path("uid").asText(), metrics);
            textByUid.put(board.path("uid").asText(), board.toString());
        });
        assertThat(metricsByUid.get("lienhiep-overview")).as("platform overview").containsAll(List.of(
                "up", "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "lienhiep_events_published_total", "lienhiep_processor_lag_events",
                "kafka_consumer_fetch_manager_records_lag_max", "lienhiep_consumer_deadletters_total"));
        assertThat(metricsByUid.get("lienhiep-event-flow")).as("Kafka / event flow").contains(
                "lienhiep_events_published_total", "lienhiep_consumer_events_total",
                "kafka_consumer_fetch_manager_records_lag_max");
        for (String service : List.of("membership-service", "review-service", "contest-service", "honours-service",
                                      "gateway")) {
            assertThat(textByUid.values()).as("a dashboard for %s", service)
                                          .anyMatch(t -> t.contains("service=\\\"" + service + "\\\""));
        }
    }

    @Test
    void grafanaLoadsTheDashboardsFromWhereComposeMountsThem() {
        Map<String, Object> provider = DeployFiles.map(DeployFiles.list(DeployFiles.yaml(
                GRAFANA.resolve("provisioning/dashboards/lienhiep.yml")).get("providers")).get(0));
        String path = String.valueOf(DeployFiles.at(provider, "options.path"));
        List<Object> volumes = DeployFiles.list(DeployFiles.map(
                DeployFiles.services(DeployFiles.compose()).get("grafana")).get("volumes"));
        assertThat(volumes).anyMatch(v -> v.toString().startsWith("../grafana/dashboards:" + path));
        assertThat(volumes).anyMatch(v -> v.toString().startsWith("../grafana/provisioning:/etc/grafana/provisioning"));
    }
}
