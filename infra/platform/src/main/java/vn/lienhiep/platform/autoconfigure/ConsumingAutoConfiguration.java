package vn.lienhiep.platform.autoconfigure;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import vn.lienhiep.platform.consuming.PublicEventConsumers;
import vn.lienhiep.platform.consuming.PublicEventSubscription;
import vn.lienhiep.platform.contracts.SchemaRegistry;

/**
 * Consumers of other contexts' public events, active when a service declares a {@link PublicEventSubscription}. Their
 * dead-letter topics are created, kept forever, by PublicTopics (PublishingAutoConfiguration): they are the evidence
 * of what this service refused.
 */
@AutoConfiguration(after = PublishingAutoConfiguration.class,
        afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnBean(PublicEventSubscription.class)
public class ConsumingAutoConfiguration {

    @Bean
    public PublicEventConsumers publicEventConsumers(List<PublicEventSubscription> subscriptions,
                                                     KafkaProperties kafkaProperties, LienhiepProperties properties,
                                                     MongoTemplate mongo, SchemaRegistry schemas,
                                                     @Qualifier("publicEventJson") ObjectMapper json,
                                                     MeterRegistry meters, Environment environment,
                                                     vn.lienhiep.platform.observability.TraceParent traces) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        KafkaTemplate<String, byte[]> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        return new PublicEventConsumers(subscriptions, kafkaProperties.buildConsumerProperties(),
                properties.getContext(), deadLetters, mongo, schemas, json, meters,
                environment.getProperty("lienhiep.consuming.retry-interval-ms", Long.class, 500L),
                environment.getProperty("lienhiep.consuming.max-attempts", Long.class, 4L), traces);
    }
}
