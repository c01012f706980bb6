package vn.lienhiep.proof.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What "no state change" is compared on, discovered rather than listed: the event store head and position of every
 * tracking processor of every context that has {@code /admin/processors}, the end offset of every partition of every
 * {@code lienhiep.*} topic, and the document count of every collection of every application database.
 */
public record StateSnapshot(Map<String, Long> eventStore, Map<String, Long> topics, Map<String, Long> collections,
                            boolean processorsCaughtUp) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SYSTEM_DATABASES = List.of("admin", "local", "config");

    public static StateSnapshot take(HttpClient http, String gateway, Supplier<String> authorization, List<String> contexts,
                                     String kafka, String mongoUri) {
        Map<String, Long> eventStore = new TreeMap<>();
        boolean caughtUp = true;
        for (String context : contexts) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/" + context + "/admin/processors"))
                                                           .header("Authorization", authorization.get())
                                                           .timeout(Duration.ofSeconds(10)).GET().build(),
                                                   HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    continue; // a skeleton service without processors
                }
                for (JsonNode p : JSON.readTree(r.body())) {
                    long head = p.path("head").asLong(-1);
                    long position = p.path("position").asLong(-1);
                    eventStore.merge(context + " event store head", head, Math::max);
                    eventStore.put(context + "/" + p.path("name").asText() + " position", position);
                    // the service's own verdict (an empty store has head 0 and no token yet), else compare
                    caughtUp &= p.path("caughtUp").asBoolean(position >= head) && !p.path("error").asBoolean(false);
                }
            } catch (Exception e) {
                eventStore.put(context + " unreadable", -1L);
                caughtUp = false;
            }
        }
        return new StateSnapshot(eventStore, topics(kafka), collections(mongoUri), caughtUp);
    }

    private static Map<String, Long> topics(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        Map<String, Long> out = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(10)).entrySet()) {
                if (!topic.getKey().startsWith("lienhiep.")) {
                    continue;
                }
                List<TopicPartition> partitions = topic.getValue().stream()
                        .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                consumer.endOffsets(partitions, Duration.ofSeconds(10))
                        .forEach((tp, end) -> out.put(tp.topic() + "-" + tp.partition(), end));
            }
        }
        return out;
    }

    private static Map<String, Long> collections(String mongoUri) {
        Map<String, Long> out = new TreeMap<>();
        try (MongoClient client = MongoClients.create(mongoUri + "/?serverSelectionTimeoutMS=5000")) {
            List<String> names = new java.util.ArrayList<>();
            try {
                client.listDatabaseNames().forEach(names::add);
            } catch (RuntimeException e) {
                names.add(vn.lienhiep.proof.chaos.ReadModels.DATABASE); // a wire server without listDatabases
            }
            for (String name : names) {
                if (SYSTEM_DATABASES.contains(name)) {
                    continue;
                }
                MongoDatabase db = client.getDatabase(name);
                for (String collection : db.listCollectionNames()) {
                    out.put(name + "." + collection, db.getCollection(collection).countDocuments());
                }
            }
        }
        return out;
    }

    /** Entries that differ between two maps, as "key: before → after". */
    public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k)))
                   .map(k -> k + ": " + before.get(k) + " → " + after.get(k)).toList();
    }
}
