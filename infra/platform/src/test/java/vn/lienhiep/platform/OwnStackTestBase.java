package vn.lienhiep.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.platform.testapp.TestApplication;
import vn.lienhiep.platform.testapp.Thing;
import vn.lienhiep.stack.MongoWireServer;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TestTokens;

/**
 * The test service on a Kafka broker and a Mongo-wire server of its own, which tests may stop, delete topics on, or
 * wait on: what they do cannot disturb the tests that share the JVM's common infrastructure. The broker forgets a
 * record {@link #RETENTION_MS} after it was written unless its topic says otherwise, as a production broker does after
 * 7 days, and, like one, it does not create topics on demand. Here a thing's relabelling is public too, so one
 * aggregate has several records whose order per key can be checked.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OwnStackTestBase.RelabellingIsPublic.class)
@ExtendWith(OwnStackTestBase.BrokerStopsWhenTheTestsEnd.class)
abstract class OwnStackTestBase {

    static final long RETENTION_MS = 2_000;
    static final String TOPIC = "lienhiep.platformtest.v1";

    static final EmbeddedKafkaKraftBroker KAFKA;
    static final Path MONGO_DATA;
    static volatile MongoServer mongo;
    static final int MONGO_PORT;

    static {
        KAFKA = new EmbeddedKafkaKraftBroker(1, 3);
        KAFKA.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "log.retention.ms", String.valueOf(RETENTION_MS),
                "log.retention.check.interval.ms", "250",
                "log.initial.task.delay.ms", "0",
                "log.roll.ms", "250",
                "log.segment.delete.delay.ms", "0"));
        KAFKA.afterPropertiesSet();
        try {
            MONGO_DATA = Files.createDirectories(TestInfrastructure.newDataDir().resolve("own-mongo"));
            mongo = MongoWireServer.start(MONGO_DATA, "127.0.0.1", 0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Mongo-wire server", e);
        }
        MONGO_PORT = mongo.getLocalAddress().getPort();
    }

    static final Path DATA_DIR = TestInfrastructure.newDataDir();
    static final String DATABASE = "lienhiep_owned_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void ownInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.context", () -> "platformtest");
        TestTokens.shared().register(registry);
        registry.add("lienhiep.data-dir", DATA_DIR::toString);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBrokersAsString);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT + "/" + DATABASE
                                                 + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
        registry.add("lienhiep.processing.event-availability-timeout", () -> "200ms");
    }

    /** Stops the Mongo-wire server as a crash would, keeping its data for {@link #startMongo()}. */
    static synchronized void stopMongo() {
        mongo.shutdownNow();
    }

    /** Starts it again on the same port with the same data, as the launcher restarts it. */
    static synchronized void startMongo() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try {
                mongo = MongoWireServer.start(MONGO_DATA, "127.0.0.1", MONGO_PORT);
                return;
            } catch (Exception portStillClosing) {
                if (System.currentTimeMillis() > deadline) {
                    throw portStillClosing;
                }
                Thread.sleep(200);
            }
        }
    }

    @LocalServerPort
    protected int port;

    protected HttpJson staff() {
        return new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("tester", Role.UNION_STAFF));
    }

    protected HttpJson admin() {
        return new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("admin", Role.UNION_ADMIN, Role.OPERATOR));
    }

    /**
     * Stops this broker when every test has run, before the JVM's shutdown hooks: stopping it in one of them raced
     * with Kafka's own hook that deletes its temporary directories, and two brokers stopping at once while their
     * directories went away filled the end of the output with storage errors.
     */
    static class BrokerStopsWhenTheTestsEnd implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                   .computeIfAbsent(OwnStackTestBase.class.getName() + ".kafka", k -> (AutoCloseable) KAFKA::destroy);
        }
    }

    @TestConfiguration
    static class RelabellingIsPublic {
        @Bean
        PublicEventCatalog relabellingCatalog() {
            return PublicEventCatalog.builder()
                    .publish(Thing.Relabelled.class, "thing-relabelled", 1,
                             e -> new TestApplication.ThingCreatedV1(e.id(), e.label()))
                    .build();
        }
    }
}
