package vn.lienhiep.platform;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.platform.contracts.SchemaRegistry;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Public events leave as structured CloudEvents with the attributes subscribers rely on. */
class PublishingTest extends PlatformTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createdThingArrivesOnTheTopicAsACloudEvent() throws Exception {
        String label = "published-" + UUID.randomUUID().toString().substring(0, 8);
        String id = http.post("/api/platformtest/things", Map.of("label", label)).json().get("id").asText();
        http.post("/api/platformtest/things/" + id + "/label", Map.of("label", label + "-2")); // private event

        List<ConsumerRecord<String, CloudEvent>> mine = consumeFor(id, Duration.ofSeconds(20));

        assertThat(mine).hasSize(1);
        ConsumerRecord<String, CloudEvent> record = mine.get(0);
        CloudEvent event = record.value();
        String storedEventId = jdbc.queryForObject(
                "SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class, id);
        assertThat(record.key()).isEqualTo(id);
        assertThat(new String(record.headers().lastHeader("content-type").value())).startsWith("application/cloudevents+json");
        assertThat(event.getId()).isEqualTo(storedEventId);
        assertThat(event.getSource()).isEqualTo(URI.create("urn:lienhiep:14:platformtest"));
        assertThat(event.getType()).isEqualTo("vn.lienhiep.platformtest.thing-created.v1");
        assertThat(event.getSubject()).isEqualTo(id);
        assertThat(event.getDataSchema()).isEqualTo(URI.create("https://schemas.lienhiep.vn/platformtest/thing-created.v1.json"));
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getExtension("aggregatesequence")).isEqualTo(0);
        assertThat(event.getExtension("province")).isEqualTo("14");
        JsonNode data = new ObjectMapper().readTree(event.getData().toBytes());
        assertThat(data.get("label").asText()).isEqualTo(label);
        new SchemaRegistry().validate("platformtest/thing-created.v1.json", data);
    }

    private static List<ConsumerRecord<String, CloudEvent>> consumeFor(String key, Duration wait) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        List<ConsumerRecord<String, CloudEvent>> mine = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("lienhiep.platformtest.v1"));
            long deadline = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        mine.add(r);
                    }
                });
                if (!mine.isEmpty()) {
                    // give a duplicate or the private event a moment to show up, if it (wrongly) would
                    consumer.poll(Duration.ofSeconds(1)).forEach(r -> {
                        if (key.equals(r.key())) {
                            mine.add(r);
                        }
                    });
                    break;
                }
            }
        }
        return mine;
    }
}
