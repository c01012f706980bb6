package vn.lienhiep.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.processing.ProcessorAdmin;
import vn.lienhiep.platform.testapp.LabelProjection;
import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read-model store going away is an outage, not a poison event: while the Mongo-wire server is down every
 * projection halts and retries, nothing is parked, and when it is back the projections catch up on everything written
 * meanwhile — as `./lienhiep chaos` requires when it kill -9s the server under load.
 */
class ReadModelOutageTest extends OwnStackTestBase {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessorAdmin processors;

    @AfterEach
    void mongoIsBack() throws Exception {
        if (mongo != null && !running()) {
            startMongo();
        }
    }

    @Test
    void aStoppedReadModelStoreParksNothingAndTheProcessorsCatchUpAfterwards() throws Exception {
        HttpJson staff = staff();
        String before = create(staff, "before-outage");
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(before, Document.class, "things") != null);

        stopMongo();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(create(staff, "during-outage-" + i)); // commands need only the event store
        }
        long head = processors.head();
        // Long enough for every attempt of the in-place retries several times over (3 × 1 s server selection).
        await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).until(() -> true);
        for (String processor : List.of("things", LabelProjection.PROCESSOR)) {
            ProcessorAdmin.ProcessorStatus status = processors.one(processor).orElseThrow();
            assertThat(status.deadLetters()).as(processor + " parked nothing").isZero();
            assertThat(status.position()).as(processor + " halted before the events it could not write")
                                         .isLessThan(head);
        }

        startMongo();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String id : during) {
                assertThat(mongo.findById(id, Document.class, "things")).as(id).isNotNull();
                assertThat(mongo.findById(id, Document.class, LabelProjection.COLLECTION)).as(id).isNotNull();
            }
        });
        for (String id : during) {
            assertThat(mongo.findById(id, Document.class, "things").getInteger("writes")).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode all = admin().get("/api/platformtest/admin/processors").json();
            for (JsonNode processor : all) {
                assertThat(processor.get("deadLetters").asLong()).as(processor.toString()).isZero();
            }
            assertThat(processors.one("things").orElseThrow().position()).isGreaterThanOrEqualTo(head);
        });
        assertThat(admin().get("/actuator/prometheus").body())
                .containsPattern("lienhiep_processor_deadletters_parked_total\\{[^}]*processor=\"things\"[^}]*\\} 0.0");
    }

    private static String create(HttpJson staff, String label) {
        HttpJson.Response response = staff.post("/api/platformtest/things",
                                                Map.of("label", label + "-" + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static boolean running() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", MONGO_PORT), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
