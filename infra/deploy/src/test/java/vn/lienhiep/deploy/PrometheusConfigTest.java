package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.deploy.DeployFiles.list;
import static vn.lienhiep.deploy.DeployFiles.map;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Scraping (every app, with an OPERATOR token) and the alert rules (complete, and only on metrics that exist). */
class PrometheusConfigTest {

    private static final Path PROMETHEUS = DeployFiles.DEPLOY.resolve("prometheus");

    private final Map<String, Object> compose = DeployFiles.compose();
    private final Map<String, Object> config = DeployFiles.yaml(PROMETHEUS.resolve("prometheus.yml"));
    private final Map<String, Object> alerts = DeployFiles.yaml(PROMETHEUS.resolve("alerts.yml"));

    @Test
    void everyAppIsScrapedOnItsPortWithItsServiceLabel() {
        Map<String, DeployFiles.Runnable> modules = new LinkedHashMap<>();
        DeployFiles.runnableModules().forEach(m -> modules.put(m.artifactId(), m));
        Set<String> scraped = new TreeSet<>();
        for (Object j : list(config.get("scrape_configs"))) {
            Map<String, Object> job = map(j);
            assertThat(job.get("metrics_path")).as("job %s", job.get("job_name")).isEqualTo("/actuator/prometheus");
            for (Object sc : list(job.get("static_configs"))) {
                for (Object target : list(map(sc).get("targets"))) {
                    URI uri = URI.create("http://" + target);
                    DeployFiles.Runnable module = modules.get(uri.getHost());
                    assertThat(DeployFiles.services(compose)).as("target %s is a compose service", target)
                                                             .containsKey(uri.getHost());
                    assertThat(module).as("target %s is one of the platform's apps", target).isNotNull();
                    assertThat(uri.getPort()).as("target %s port", target).isEqualTo(DeployFiles.defaultPort(module));
                    // `up` has no app tags; the target label must say the same as the app's own `service` tag.
                    assertThat(map(map(sc).get("labels")).get("service")).as("service label of %s", target)
                                                                         .isEqualTo(DeployFiles.serviceTag(module));
                    scraped.add(uri.getHost());
                }
            }
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(modules.keySet());
    }

    @Test
    void scrapesAuthenticateAsThePrometheusClientWithASecretFromCompose() {
        Map<String, Object> prometheusService = map(DeployFiles.services(compose).get("prometheus"));
        List<Object> secrets = list(prometheusService.get("secrets")).stream()
                .map(s -> s instanceof Map ? map(s).get("source") : s).toList();
        for (Object j : list(config.get("scrape_configs"))) {
            Map<String, Object> oauth2 = map(map(j).get("oauth2"));
            assertThat(oauth2.get("client_id")).isEqualTo("lienhiep-prometheus");
            assertThat(oauth2).doesNotContainKey("client_secret");
            String secretFile = String.valueOf(oauth2.get("client_secret_file"));
            assertThat(secretFile).startsWith("/run/secrets/");
            assertThat(secrets).as("compose gives Prometheus the secret it reads")
                               .contains(secretFile.substring("/run/secrets/".length()));
            URI token = URI.create(String.valueOf(oauth2.get("token_url")));
            assertThat(DeployFiles.services(compose)).containsKey(token.getHost());
            assertThat(token.getPath()).isEqualTo("/oauth2/token");
        }
        Map<String, Object> secret = map(map(compose.get("secrets")).get("prometheus_client_secret"));
        assertThat(secret.get("environment")).isEqualTo("LIENHIEP_PROMETHEUS_CLIENT_SECRET");
    }

    @Test
    void theRuleFileIsLoadedFromWhereComposeMountsIt() {
        List<Object> ruleFiles = list(config.get("rule_files"));
        assertThat(ruleFiles).isNotEmpty();
        List<Object> volumes = list(map(DeployFiles.services(compose).get("prometheus")).get("volumes"));
        for (Object ruleFile : ruleFiles) {
            assertThat(volumes).as("mount of %s", ruleFile)
                               .anyMatch(v -> v.toString().startsWith("../prometheus/alerts.yml:" + ruleFile));
        }
    }

    private List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object group : list(alerts.get("groups"))) {
            for (Object rule : list(map(group).get("rules"))) {
                rules.add(map(rule));
            }
        }
        return rules;
    }

    @Test
    void everyRuleIsComplete() {
        List<Map<String, Object>> rules = rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> rule : rules) {
            String name = String.valueOf(rule.get("alert"));
            assertThat(names.add(name)).as("alert name %s is unique", name).isTrue();
            assertThat(String.valueOf(rule.get("expr"))).as("%s expr", name).isNotBlank();
            assertThat(String.valueOf(rule.get("for"))).as("%s for", name).matches("\\d+[smh]");
            assertThat(map(rule.get("labels")).get("severity")).as("%s severity", name)
                                                               .isIn("critical", "warning", "info");
            String summary = String.valueOf(map(rule.get("annotations")).get("summary"));
            assertThat(summary).as("%s summary: Vietnamese, then English", name).contains(" / ");
            assertThat(summary.substring(0, summary.indexOf(" / ")))
                    .as("%s summary starts in Vietnamese", name).matches("(?s).*[^\\x00-\\x7F].*");
        }
    }

    @Test
    void theRequiredAlertsExist() {
        List<String> exprs = rules().stream().map(r -> String.valueOf(r.get("expr"))).toList();
        Map<String, String> durations = new LinkedHashMap<>();
        rules().forEach(r -> durations.put(String.valueOf(r.get("expr")).strip(), String.valueOf(r.get("for"))));
        assertThat(durations).as("service down for 1m").containsEntry("up == 0", "1m");
        assertThat(exprs).as("event-processor lag").anyMatch(e -> e.contains("lienhiep_processor_lag_events"));
        assertThat(exprs).as("dead-letter topic growing")
                         .anyMatch(e -> e.contains("lienhiep_consumer_deadletters_total") && e.contains("increase("));
        assertThat(rules()).as("5xx over 1% for 5m").anyMatch(r -> {
            String e = String.valueOf(r.get("expr"));
            return e.contains("status=~\"5..\"") && e.contains("0.01") && "5m".equals(r.get("for"));
        });
        assertThat(exprs).as("heap over 90%")
                         .anyMatch(e -> e.contains("jvm_memory_used_bytes") && e.contains("0.9"));
    }

    @Test
    void alertsUseOnlyMetricsThePlatformExposes() {
        Set<String> known = DeployFiles.knownMetrics().keySet();
        Set<String> unknown = new TreeSet<>();
        for (Map<String, Object> rule : rules()) {
            for (String metric : DeployFiles.metricNames(String.valueOf(rule.get("expr")))) {
                if (!known.contains(metric)) {
                    unknown.add(rule.get("alert") + ": " + metric);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
