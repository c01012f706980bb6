package vn.lienhiep.platform.autoconfigure;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import vn.lienhiep.platform.eventstore.AggregateScanner;
import vn.lienhiep.platform.eventstore.AxonWiringVerifier;
import vn.lienhiep.platform.eventstore.InitialRevisionUpcaster;
import vn.lienhiep.platform.eventstore.PlatformSchemaMigration;

/**
 * Event store: Axon's JDBC engine on the service's DataSource (H2 file embedded, PostgreSQL in production), schema by
 * Flyway, events serialized as JSON with Jackson 2 (XStream is Axon's insecure default).
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = {
                "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@EnableConfigurationProperties(LienhiepProperties.class)
public class EventStoreAutoConfiguration {

    /**
     * The mapper Axon's JacksonSerializer uses (Axon looks it up by this bean name). Dates as ISO strings and unknown
     * properties ignored, so old events stay readable after a field is added.
     */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .build();
    }

    /**
     * Events stored before revisions existed are revision 1; ordered first, so a service's own upcasters (beans of
     * type EventUpcaster, collected by Axon in @Order) always see an explicit revision.
     */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    public InitialRevisionUpcaster initialRevisionUpcaster() {
        return new InitialRevisionUpcaster();
    }

    /** Aggregates are found by Axon's Spring-free {@code @AggregateRoot}; no per-service registration code. */
    @Bean
    public AggregateScanner aggregateScanner(org.springframework.beans.factory.BeanFactory beanFactory) {
        return new AggregateScanner(beanFactory);
    }

    @Bean
    public PlatformSchemaMigration platformSchemaMigration(DataSource dataSource) {
        return new PlatformSchemaMigration(dataSource);
    }

    @Bean
    public AxonWiringVerifier axonWiringVerifier(ObjectProvider<EventStorageEngine> storageEngine,
                                                 ObjectProvider<TransactionManager> transactionManager,
                                                 ObjectProvider<TokenStore> tokenStore,
                                                 DataSource dataSource) {
        return new AxonWiringVerifier(storageEngine, transactionManager, tokenStore, dataSource);
    }
}
