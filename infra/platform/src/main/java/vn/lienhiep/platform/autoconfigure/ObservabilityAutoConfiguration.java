package vn.lienhiep.platform.autoconfigure;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.observability.DomainEventCounter;
import vn.lienhiep.platform.observability.KafkaHealthIndicator;
import vn.lienhiep.platform.observability.TraceParent;
import vn.lienhiep.platform.observability.MongoPingHealthIndicator;

/**
 * Operator metrics: Axon's processor/command metrics wired by hand (Axon's own auto-configuration is ordered against
 * Boot 3 and registers a stray SimpleMeterRegistry, docs/platform-notes.md#micrometer-metrics), domain events by type, Kafka health.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"},
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class ObservabilityAutoConfiguration {

    @Bean
    public GlobalMetricRegistry axonGlobalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    /** Dimensional: one meter per processor/payload type with tags, which is what Prometheus wants. */
    @Bean
    public MetricsConfigurerModule axonMetricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true);
    }

    @Bean
    public DomainEventCounter domainEventCounter(MeterRegistry meters) {
        return new DomainEventCounter(meters);
    }

    @Bean
    public InitializingBean domainEventCounterRegistration(EventStore eventStore, DomainEventCounter counter) {
        return () -> eventStore.registerDispatchInterceptor(counter);
    }

    /** Without tracing on the class path (or with it switched off) the no-op tracer keeps every caller simple. */
    @Bean
    public TraceParent traceParent(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParent(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean("kafkaHealthIndicator")
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafkaProperties) {
        return new KafkaHealthIndicator(kafkaProperties.buildAdminProperties());
    }

    /** Replaces Boot's indicator (disabled in PlatformDefaults): see MongoPingHealthIndicator. */
    @Bean("mongoHealthIndicator")
    public MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
        return new MongoPingHealthIndicator(mongoTemplate);
    }
}
