package vn.lienhiep.proof.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * THE FLOOR: what the bare stores do on this machine in the same run, so every platform figure can be read as a
 * multiple of it. Each runs against scratch data (a scratch Mongo database, a scratch topic, a temporary H2 file)
 * and cleans up after itself.
 */
public final class Floors {

    /** Sequential latency (one client) and, where measured, a rate with several clients. */
    public record Floor(ClosedLoop.Result sequential, ClosedLoop.Result concurrent) {
        public double p99() {
            return sequential.latency().millis(99);
        }
    }

    /** The three floors of one run. */
    public record All(Floor sql, Floor mongo, Floor kafka) {
    }

    private Floors() {
    }

    /** insertOne of a read-model-sized document, acknowledged; the rate with {@code clients} concurrent clients. */
    public static Floor mongo(String uri, int warmUp, int count, int clients, Duration rateDuration) {
        String database = "bench_floor_" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            MongoCollection<Document> collection = db.getCollection("organizations");
            ClosedLoop.Operation insert = (worker, seq) -> {
                collection.insertOne(readModelDocument(worker + "-" + seq + "-" + UUID.randomUUID()));
                return true;
            };
            ClosedLoop.Result sequential = ClosedLoop.sequential(warmUp, count, insert);
            ClosedLoop.Result concurrent = ClosedLoop.run(clients, Duration.ofSeconds(1), rateDuration, insert);
            db.drop();
            return new Floor(sequential, concurrent);
        }
    }

    /** Produce (acks=all) → the record polled by a consumer on a scratch topic, one at a time. */
    public static Floor kafka(String bootstrap, int warmUp, int count) throws Exception {
        String topic = "bench.floor." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerProps = consumerProperties(bootstrap);
        String payload = "x".repeat(600); // about a CloudEvent of an admitted organisation
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.position(partition);
            ClosedLoop.Operation roundTrip = (worker, seq) -> {
                String key = "k" + seq;
                producer.send(new ProducerRecord<>(topic, key, payload));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        if (record.key().equals(key)) {
                            return true;
                        }
                    }
                }
                return false;
            };
            ClosedLoop.Result sequential = ClosedLoop.sequential(warmUp, count, roundTrip);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.deleteTopics(List.of(topic)).all().get();
            }
            return new Floor(sequential, null);
        }
    }

    /**
     * One event row per transaction into a table shaped like Axon's domainevententry, in an H2 file database with the
     * services' URL settings (WRITE_DELAY=0: durable at commit).
     */
    public static Floor sql(int warmUp, int count) throws Exception {
        Path dir = Files.createTempDirectory("lienhiep-bench-sql");
        String url = "jdbc:h2:file:" + dir.resolve("eventstore") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        byte[] payload = ("{\"organizationId\":\"…\",\"name\":\"Hội Tin học tỉnh\",\"kind\":\"SPECIALISED_ASSOCIATION\","
                          + "\"field\":\"Công nghệ thông tin\",\"decision\":{\"number\":\"12/QĐ-LHH\"}}")
                .repeat(3).getBytes(StandardCharsets.UTF_8);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("""
                        CREATE TABLE domainevententry (
                            globalindex BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                            aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL,
                            type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL, metadata BYTEA,
                            payload BYTEA NOT NULL, payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL,
                            timestamp VARCHAR(255) NOT NULL, PRIMARY KEY (globalindex),
                            CONSTRAINT uk_aggregate_seq UNIQUE (aggregateidentifier, sequencenumber),
                            CONSTRAINT uk_event_id UNIQUE (eventidentifier))""");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,"
                    + " payload, payloadtype, timestamp) VALUES (?, 0, 'MemberOrganization', ?, ?, ?, ?, ?)")) {
                ClosedLoop.Operation append = (worker, seq) -> {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, "{\"traceId\":\"0af7651916cd43dd8448eb211c80319c\"}".getBytes(StandardCharsets.UTF_8));
                    insert.setBytes(4, payload);
                    insert.setString(5, "vn.lienhiep.membership.organization.domain.OrganizationEvents$ExistingMemberRecorded");
                    insert.setString(6, Instant.now().toString());
                    insert.executeUpdate();
                    connection.commit();
                    return true;
                };
                return new Floor(ClosedLoop.sequential(warmUp, count, append), null);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    static Properties consumerProperties(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // a subscriber must not shape the topic
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    static Document readModelDocument(String id) {
        return new Document("_id", id)
                .append("name", "Hội Khoa học Kỹ thuật thử nghiệm " + id)
                .append("searchName", "hoi khoa hoc ky thuat thu nghiem " + id)
                .append("kind", "SPECIALISED_ASSOCIATION")
                .append("field", "Thử nghiệm")
                .append("status", "ACTIVE")
                .append("admission", new Document("number", "CL-1/QĐ-LHH").append("date", "2020-01-15")
                        .append("issuedBy", "BCH").append("signer", "Chủ tịch"))
                .append("memberCounts", List.of())
                .append("version", 0L)
                .append("createdAt", Instant.now().toString());
    }

    static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
