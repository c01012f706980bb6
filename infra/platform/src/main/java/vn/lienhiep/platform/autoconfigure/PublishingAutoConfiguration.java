package vn.lienhiep.platform.autoconfigure;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.platform.publishing.PublicEventPublisher;
import vn.lienhiep.platform.publishing.PublicTopics;

/**
 * Public events to Kafka as structured CloudEvents JSON (one self-describing message per event, readable by other
 * provinces with any Kafka client; docs/adr/0003-public-event-contract.md). One topic per context, key = aggregate id,
 * keeping every record forever, checked at start-up and rebuilt from the event store when lost
 * (docs/adr/0015-public-topic-retention.md).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(LienhiepProperties.class)
public class PublishingAutoConfiguration {

    @Bean
    public SchemaRegistry schemaRegistry() {
        return new SchemaRegistry();
    }

    /** JSON of public payloads: ISO dates, absent optional fields omitted rather than null. */
    @Bean("publicEventJson")
    public ObjectMapper publicEventJson() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .serializationInclusion(JsonInclude.Include.NON_NULL)
                         .build();
    }

    @Bean
    @ConditionalOnBean(PublicEventCatalog.class)
    @ConditionalOnProperty(prefix = "lienhiep.publishing", name = "enabled", matchIfMissing = true)
    public NewTopic publicEventTopic(LienhiepProperties properties,
                                     org.springframework.core.env.Environment environment) {
        // Every event, for good: a subscriber that joins in five years replays from offset 0 (asyncapi.yaml).
        return PublicTopics.keptForever(properties.topic(),
                                        environment.getProperty("lienhiep.publishing.partitions", Integer.class, 3),
                                        replicas(environment));
    }

    /**
     * The topics this service owns (its public topic, its consumers' dead-letter topics) exist and keep every record:
     * the readiness component {@code publicTopics}; and the check before the publisher's replay rebuilds a lost topic.
     */
    @Bean("publicTopicsHealthIndicator")
    @ConditionalOnBean(KafkaAdmin.class)
    public PublicTopics publicTopics(KafkaAdmin kafkaAdmin,
                                     @Qualifier("publicEventTopic") ObjectProvider<NewTopic> publicEventTopic,
                                     ObjectProvider<PublicEventSubscription> subscriptions,
                                     ObjectProvider<TokenStore> tokens, LienhiepProperties properties,
                                     org.springframework.core.env.Environment environment) {
        NewTopic publicTopic = publicEventTopic.getIfAvailable();
        return new PublicTopics(kafkaAdmin, publicTopic,
                () -> subscriptions.orderedStream()
                                   // Dead letters are the evidence of what this service refused: kept like events.
                                   .map(s -> PublicTopics.keptForever(
                                           PublicEventConsumers.deadLetterTopic(properties.getContext(), s), 1,
                                           replicas(environment)))
                                   .toList(),
                () -> publicTopic != null && publishedBefore(tokens.getIfAvailable()),
                "/api/" + properties.getContext() + "/admin/processors/" + PublicEventPublisher.PROCESSING_GROUP
                + "/replay");
    }

    private static int replicas(org.springframework.core.env.Environment environment) {
        return environment.getProperty("lienhiep.publishing.replicas", Integer.class, 1);
    }

    /** The publisher owns a token once it has run against this event store. */
    private static boolean publishedBefore(TokenStore tokens) {
        return tokens != null && tokens.fetchSegments(PublicEventPublisher.PROCESSING_GROUP).length > 0;
    }

    @Bean
    @ConditionalOnBean(PublicEventCatalog.class)
    @ConditionalOnProperty(prefix = "lienhiep.publishing", name = "enabled", matchIfMissing = true)
    public KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(KafkaProperties kafkaProperties,
                                                                     MeterRegistry meters) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
        config.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        DefaultKafkaProducerFactory<String, CloudEvent> factory = new DefaultKafkaProducerFactory<>(config);
        factory.addListener(new MicrometerProducerListener<>(meters));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    @ConditionalOnBean(PublicEventCatalog.class)
    @ConditionalOnProperty(prefix = "lienhiep.publishing", name = "enabled", matchIfMissing = true)
    public PublicEventPublisher publicEventPublisher(java.util.List<PublicEventCatalog> catalogs,
                                                     KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate,
                                                     @Qualifier("publicEventJson") ObjectMapper publicEventJson,
                                                     SchemaRegistry schemas, LienhiepProperties properties,
                                                     MeterRegistry meters) {
        return new PublicEventPublisher(PublicEventCatalog.merge(catalogs), cloudEventKafkaTemplate, publicEventJson, schemas, properties, meters);
    }
}
