package vn.lienhiep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.lienhiep.stack.MongoWireServer;

/**
 * The real embedded pieces, started once per test JVM: a KRaft Kafka broker (spring-kafka-test), the Mongo-wire
 * server with the same durable H2 backend the embedded stack runs, and a fresh H2 file event store per Spring
 * context. Nothing is mocked: services talk to them with the real Kafka client, MongoDB driver and JDBC driver.
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static Path root;

    private TestInfrastructure() {
    }

    public static synchronized void start() {
        if (kafka != null) {
            return;
        }
        try {
            root = Files.createTempDirectory("lienhiep-test-");
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.afterPropertiesSet();
            mongo = MongoWireServer.start(root.resolve("mongo"), "127.0.0.1", 0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start test infrastructure", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }));
    }

    public static String kafkaBootstrap() {
        start();
        return kafka.getBrokersAsString();
    }

    public static int mongoPort() {
        start();
        return mongo.getLocalAddress().getPort();
    }

    public static String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoPort() + "/" + database + "?serverSelectionTimeoutMS=3000";
    }

    /** A fresh directory for one Spring context's H2 event store (the store of a context survives its restarts). */
    public static Path newDataDir() {
        start();
        try {
            return Files.createDirectories(root.resolve("data-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points a service under test at the embedded pieces, with its own event store directory and Mongo database.
     * Call from a {@code @DynamicPropertySource} method.
     */
    public static void register(DynamicPropertyRegistry registry, String context) {
        register(registry, context, newDataDir(), "lienhiep_" + context + "_" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static void register(DynamicPropertyRegistry registry, String context, Path dataDir, String database) {
        registry.add("lienhiep.context", () -> context);
        // Every service validates tokens: point it at the test provider (real keys, real JWKS, see TestTokens).
        TestTokens.shared().register(registry);
        registry.add("lienhiep.data-dir", dataDir::toString);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
    }
}
