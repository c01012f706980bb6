package vn.lienhiep.proof.chaos;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the membership topic from the beginning, as a subscriber would, and keeps reading on each call: the
 * CloudEvents (structured JSON) of type organization-admitted by subject (the organisation id), and how often each
 * CloudEvent id was seen (a re-send after a crash repeats the id; subscribers dedupe on it).
 */
public final class TopicReader implements AutoCloseable {

    public static final String TOPIC = "lienhiep.membership.v1";
    public static final String ADMITTED = "vn.lienhiep.membership.organization-admitted.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Set<String>> admittedIdsBySubject = new HashMap<>();
    private final Map<String, String> nameBySubject = new HashMap<>();
    private final Map<String, Integer> timesById = new HashMap<>();
    private long records;
    private long unreadable;
    private boolean assigned;

    public TopicReader(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(properties);
    }

    /** Reads up to the current end of every partition (or until {@code budget} runs out); false if not at the end. */
    public boolean catchUp(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            if (!assigned) {
                var infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(3));
                if (infos == null || infos.isEmpty()) {
                    return false; // nothing published yet
                }
                List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(TOPIC, i.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                assigned = true;
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(3));
            while (System.nanoTime() < deadline) {
                boolean atEnd = end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                if (atEnd) {
                    return true;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read(record);
                }
            }
        } catch (RuntimeException e) {
            // broker restarting or not reachable yet: the next call continues from where this one stopped
        }
        return false;
    }

    private void read(ConsumerRecord<String, String> record) {
        records++;
        try {
            JsonNode event = record.value() == null ? null : JSON.readTree(record.value());
            if (event == null || !event.hasNonNull("id")) {
                unreadable++;
                return;
            }
            String id = event.path("id").asText();
            timesById.merge(id, 1, Integer::sum);
            if (ADMITTED.equals(event.path("type").asText())) {
                String subject = event.path("subject").asText();
                admittedIdsBySubject.computeIfAbsent(subject, s -> new HashSet<>()).add(id);
                nameBySubject.put(subject, event.path("data").path("name").asText());
            }
        } catch (IOException e) {
            unreadable++;
        }
    }

    /** Distinct CloudEvent ids of organization-admitted for the organisation (0 when none arrived). */
    public int admittedEvents(String organizationId) {
        Set<String> ids = admittedIdsBySubject.get(organizationId);
        return ids == null ? 0 : ids.size();
    }

    public Map<String, String> admittedNames() {
        return Map.copyOf(nameBySubject);
    }

    public long records() {
        return records;
    }

    /** Records whose CloudEvent id had been seen before: re-sends (allowed, counted). */
    public long duplicateRecords() {
        return timesById.values().stream().mapToLong(times -> times - 1L).sum();
    }

    public long unreadable() {
        return unreadable;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
