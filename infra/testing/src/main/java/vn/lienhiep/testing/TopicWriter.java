package vn.lienhiep.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a public event to the embedded broker exactly as another context's publisher does (structured CloudEvents:
 * {@code urn:lienhiep:14:<context>} source, {@code vn.lienhiep.<context>.<event>.v1} type, the schema's URI, the
 * province and aggregate-sequence extensions), for a subscription's tests. The same id twice is a redelivery.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    /**
     * @param key      the Kafka key and the CloudEvent's subject (the publishing aggregate's id)
     * @param sequence the event's sequence in its aggregate (the extension consumers order by)
     * @param json     the payload, validated by the consumer against {@code schemas/<context>/<event>.v1.json}
     */
    public static void send(String topic, String context, String event, String id, String key, long sequence,
                            String json) {
        CloudEvent cloudEvent = CloudEventBuilder.v1().withId(id)
                .withSource(URI.create("urn:lienhiep:14:" + context))
                .withType("vn.lienhiep." + context + "." + event + ".v1").withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataSchema(URI.create("https://schemas.lienhiep.vn/" + context + "/" + event + ".v1.json"))
                .withDataContentType("application/json")
                .withExtension("province", "14").withExtension("aggregatesequence", sequence)
                .withData(json.replace("\n", "").getBytes(StandardCharsets.UTF_8)).build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.STRUCTURED.name());
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, cloudEvent)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + event + " to " + topic, e);
        }
    }
}
