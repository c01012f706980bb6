package vn.lienhiep.platform;

import io.micrometer.registry.otlp.OtlpMeterRegistry;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.otlp.OtlpMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import vn.lienhiep.platform.autoconfigure.PlatformDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a collector nothing is pushed over OTLP (no registry that would log a failed connection every minute);
 * naming an endpoint is all it takes to push metrics and spans there.
 */
class OtlpExportTest extends PlatformTestBase {

    private final ApplicationContextRunner withPlatformDefaults = new ApplicationContextRunner()
            .withInitializer(context -> new PlatformDefaults()
                    .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                                                     OtlpMetricsExportAutoConfiguration.class,
                                                     OtlpTracingAutoConfiguration.class));

    @Autowired
    ApplicationContext service;

    @Test
    void theRunningServiceHasNoOtlpExporterWithoutAnEndpoint() {
        assertThat(service.getBeansOfType(OtlpMeterRegistry.class)).isEmpty();
        assertThat(service.getBeansOfType(OtlpHttpSpanExporter.class)).isEmpty();
        assertThat(service.getEnvironment().getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
    }

    @Test
    void noEndpointNoExporter() {
        withPlatformDefaults.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(OtlpMeterRegistry.class);
            assertThat(context).doesNotHaveBean(OtlpHttpSpanExporter.class);
        });
    }

    @Test
    void anEndpointSwitchesEachExporterOn() {
        withPlatformDefaults.withPropertyValues("management.otlp.metrics.export.url=http://127.0.0.1:9/v1/metrics",
                                                "management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:9/v1/traces")
                            .run(context -> {
                                assertThat(context).hasSingleBean(OtlpMeterRegistry.class);
                                assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class);
                            });
        withPlatformDefaults.withPropertyValues("OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:9")
                            .run(context -> assertThat(context).hasSingleBean(OtlpMeterRegistry.class));
    }

    @Test
    void anExplicitSwitchStillWins() {
        withPlatformDefaults.withPropertyValues("management.otlp.metrics.export.url=http://127.0.0.1:9/v1/metrics",
                                                "management.otlp.metrics.export.enabled=false")
                            .run(context -> assertThat(context).doesNotHaveBean(OtlpMeterRegistry.class));
    }
}
