package vn.lienhiep.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a public-event topic from the beginning, as a new subscriber would, and keeps the records that match. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Polls {@code topic} from the earliest offset with a fresh consumer group until {@code atLeast} matching records
     * arrived (then for one more short poll, so duplicates would show) or {@code wait} passed.
     */
    public static List<ConsumerRecord<String, CloudEvent>> read(String bootstrap, String topic,
                                                                Predicate<ConsumerRecord<String, CloudEvent>> matching,
                                                                int atLeast, Duration wait) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + wait.toMillis();
            boolean settled = false;
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
                if (found.size() >= atLeast) {
                    if (settled) {
                        break;
                    }
                    settled = true;
                }
            }
        }
        return found;
    }

    public static List<ConsumerRecord<String, CloudEvent>> forKey(String bootstrap, String topic, String key,
                                                                  int atLeast, Duration wait) {
        return read(bootstrap, topic, r -> key.equals(r.key()), atLeast, wait);
    }
}
