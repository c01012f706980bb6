package vn.lienhiep.platform;

import java.time.Duration;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.processing.ProcessorAdmin;
import vn.lienhiep.platform.testapp.ThingProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Axon's default error handler logs a failed projection write and moves on. The platform propagates instead: the
 * token stays before the failed event, and the event is applied — once — when the store recovers.
 */
class ProjectionFailureTest extends PlatformTestBase {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessorAdmin processors;

    @AfterEach
    void heal() {
        ThingProjection.FAIL.set(false);
    }

    @Test
    void failedWriteDoesNotAdvanceTheTokenAndIsRetried() {
        String first = create("before");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(first, Document.class, "things") != null);

        ThingProjection.FAIL.set(true);
        String second = create("during");
        long head = processors.head();

        // Several seconds of failing retries: the document never appears and the token stays behind the event.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(mongo.findById(second, Document.class, "things")).isNull();
        ProcessorAdmin.ProcessorStatus stuck = processors.one("things").orElseThrow();
        assertThat(stuck.position()).isLessThan(head);

        ThingProjection.FAIL.set(false);
        await().atMost(Duration.ofSeconds(40)).until(() -> mongo.findById(second, Document.class, "things") != null);
        assertThat(mongo.findById(second, Document.class, "things").getInteger("writes")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> processors.one("things").orElseThrow().position() >= head);
    }

    private String create(String label) {
        var response = http.post("/api/platformtest/things", Map.of("label", label));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }
}
