package vn.lienhiep.platform.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * The settings every service shares, at the LOWEST precedence: a service's application.yml, the environment and the
 * command line all override them. Keeps each service's configuration down to what is really its own.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "lienhiep-platform-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon's update checker phones home at start-up (docs/platform-notes.md#update-checker); it reads a system property, not Spring's.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults()));
        environment.getPropertySources().addLast(new OtlpMetricsSwitch(environment));
    }

    /**
     * Boot pushes metrics over OTLP to localhost:4318 by default whenever the OTLP registry is on the class path (it
     * comes with spring-boot-starter-opentelemetry), and with no collector there every service logged a connection
     * warning each minute. Here the push is on only when an endpoint is configured: Boot's own
     * {@code management.otlp.metrics.export.url}, or the OpenTelemetry variables Micrometer reads. Computed when
     * asked, so an endpoint from any property source counts; an explicit
     * {@code management.otlp.metrics.export.enabled} anywhere else wins. Spans and logs are exported over OTLP only
     * when their endpoint is set already (Boot's conditions).
     */
    static final class OtlpMetricsSwitch extends PropertySource<Object> {

        static final String ENABLED = "management.otlp.metrics.export.enabled";
        private static final String[] ENDPOINTS = {"management.otlp.metrics.export.url",
                "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"};

        // Not this source's "source": Boot would walk into an environment given as one, and find itself again.
        private final ConfigurableEnvironment environment;

        OtlpMetricsSwitch(ConfigurableEnvironment environment) {
            super("lienhiep-otlp-metrics-switch", new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            if (!ENABLED.equals(name)) {
                return null;
            }
            for (String endpoint : ENDPOINTS) {
                if (StringUtils.hasText(environment.getProperty(endpoint))) {
                    return "true";
                }
            }
            return "false";
        }
    }

    /** Ports are named, not numbered: lienhiep.ports.* come from the one port table (contracts' PortDefaults). */
    static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lienhiep.data-dir", "${LIENHIEP_DATA:./.data}");

        // Event store: H2 file per service; WRITE_DELAY=0 or kill -9 loses acknowledged commits (docs/platform-notes.md#h2-durability).
        d.put("spring.datasource.url",
              "jdbc:h2:file:${lienhiep.data-dir}/${lienhiep.context}/eventstore;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        d.put("spring.datasource.username", "sa");
        d.put("spring.datasource.password", "");
        d.put("spring.datasource.hikari.maximum-pool-size", "12");
        d.put("spring.datasource.hikari.connection-timeout", "5000");

        // Axon: no Axon Server, JSON serialization, our own Micrometer wiring (its auto-config is Boot 3 ordered).
        d.put("axon.axonserver.enabled", "false");
        d.put("axon.serializer.general", "jackson");
        d.put("axon.serializer.events", "jackson");
        d.put("axon.serializer.messages", "jackson");
        d.put("spring.autoconfigure.exclude",
              "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration");

        // Read models: one Mongo database per service; fail fast when Mongo is down instead of hanging 30 s.
        d.put("spring.mongodb.uri",
              "mongodb://127.0.0.1:${lienhiep.ports.mongo}/lienhiep_${lienhiep.context}?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000");

        // Kafka: acknowledged by all replicas, idempotent producer (docs/platform-notes.md#publisher-waits-for-acks).
        d.put("spring.kafka.bootstrap-servers", "127.0.0.1:${lienhiep.ports.kafka}");
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        d.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        d.put("spring.kafka.producer.properties.delivery.timeout.ms", "12000");
        d.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        d.put("spring.kafka.producer.properties.linger.ms", "1");
        d.put("spring.kafka.producer.properties.max.block.ms", "5000");
        d.put("spring.kafka.admin.fail-fast", "false");
        // PublicTopics creates the topics a service owns (and refuses to re-create a lost public topic empty); when a
        // topic's settings differ from what is declared (a finite retention), Spring's admin alters them.
        d.put("spring.kafka.admin.auto-create", "false");
        d.put("spring.kafka.admin.modify-topic-configs", "true");
        d.put("spring.kafka.admin.properties.request.timeout.ms", "3000");
        d.put("spring.kafka.admin.properties.default.api.timeout.ms", "3000");

        // HTTP: RFC 9457 problem details everywhere, graceful shutdown, bounded uploads.
        // Off: Boot's own problem handler would otherwise win over ApiProblems and drop the field errors.
        d.put("spring.mvc.problemdetails.enabled", "false");
        // Boot's Mongo indicator sends `hello`, which the Mongo-wire server lacks; MongoPingHealthIndicator replaces it.
        d.put("management.health.mongo.enabled", "false");
        d.put("server.shutdown", "graceful");
        d.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        d.put("server.address", "127.0.0.1");
        d.put("spring.servlet.multipart.max-file-size", "${lienhiep.http.max-upload-size:20MB}");
        d.put("spring.servlet.multipart.max-request-size", "${lienhiep.http.max-upload-size:20MB}");
        d.put("server.tomcat.max-swallow-size", "-1");

        // Identity: tokens from the embedded provider unless another OpenID Connect issuer is configured (README).
        d.put("lienhiep.security.issuer", "${LIENHIEP_AUTH_ISSUER:http://127.0.0.1:${lienhiep.ports.auth}}");

        // API documents under the context's prefix, so they are reachable through the gateway.
        // Published on purpose (frontends and the fuzzing harness read it; it holds no data), so said explicitly:
        // springdoc warns at every start-up when it is left on by default.
        d.put("springdoc.api-docs.enabled", "true");
        d.put("springdoc.swagger-ui.enabled", "true");
        d.put("springdoc.api-docs.path", "/api/${lienhiep.context}/v3/api-docs");
        d.put("springdoc.swagger-ui.path", "/api/${lienhiep.context}/swagger-ui.html");

        // Kafka clients log their whole configuration at INFO on every start; operators need warnings only.
        d.put("logging.level.org.apache.kafka", "WARN");
        // Operators: health with probes, Prometheus, common tags.
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-details", "always");
        d.put("management.endpoint.health.group.readiness.include",
              "readinessState,db,mongo,kafka,eventProcessors,publicTopics");
        d.put("management.endpoint.health.group.liveness.include", "livenessState");
        d.put("management.metrics.tags.service", "${spring.application.name:${lienhiep.context:unnamed}-service}");
        d.put("management.metrics.tags.province", "${lienhiep.province.code:14}");
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("logging.pattern.level", "%5p [%X{requestId:-}]");
        // Tracing: every request is sampled (a provincial union's volume is small); spans leave the process only
        // when MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT names an OTLP collector, metrics only when
        // MANAGEMENT_OTLP_METRICS_EXPORT_URL does (OtlpMetricsSwitch).
        d.put("management.tracing.sampling.probability", "${LIENHIEP_TRACE_SAMPLING:1.0}");
        return d;
    }
}
