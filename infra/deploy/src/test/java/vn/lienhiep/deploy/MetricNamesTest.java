package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The checks on alert rules and dashboards are only as good as the metric-name extraction they use, and the allow-list
 * only as honest as its sources.
 */
class MetricNamesTest {

    @Test
    void findsMetricsButNotFunctionsLabelsOrKeywords() {
        assertThat(DeployFiles.metricNames(
                "histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket"
                        + "{service=\"gateway\", instance=~\"$instance\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(DeployFiles.metricNames(
                "sum(rate(a_total{status=~\"5..\"}[5m])) / sum(rate(b_total[5m])) > 0.01 and on (service) c"))
                .containsExactly("a_total", "b_total", "c");
        assertThat(DeployFiles.metricNames("sum(x) without (instance) * 1e3 unless bool y offset 5m"))
                .containsExactly("x", "y");
        assertThat(DeployFiles.metricNames("up == 0")).containsExactly("up");
        assertThat(DeployFiles.metricNames("label_values(up{service=\"gateway\"}, instance)")).containsExactly("up");
        assertThat(DeployFiles.metricNames("jvm_memory_max_bytes{area=\"heap\"} > 0")).containsExactly(
                "jvm_memory_max_bytes");
    }

    @Test
    void everyKnownMetricSaysWhereItComesFrom() {
        var known = DeployFiles.knownMetrics();
        assertThat(known).containsKeys("up", "lienhiep_processor_lag_events", "lienhiep_consumer_deadletters_total");
        known.forEach((name, source) -> assertThat(source).as(name).hasSizeGreaterThan(5));
    }
}
