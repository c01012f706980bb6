package vn.lienhiep.review.expertpool.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.lienhiep.platform.readmodel.VersionedDocuments;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool's search model fed membership's events directly, by their aggregate sequence: a redelivery changes
 * nothing, a profile change arriving after the deactivation does not bring the expert back.
 */
class ExpertPoolProjectionTest {

    private static MongoClient client;
    private static ExpertPoolProjection projection;
    private static ExpertPoolQueries queries;

    @BeforeAll
    static void connect() {
        String db = "pool_projection_" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(TestInfrastructure.mongoUri(db));
        MongoTemplate mongo = new MongoTemplate(client, db);
        projection = new ExpertPoolProjection(new VersionedDocuments(mongo),
                                              Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC));
        queries = new ExpertPoolQueries(mongo);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static PoolExpert expert(String id, String name, String availability) {
        return new PoolExpert(id, "person-" + id, name, List.of("207"), List.of("Trường Cao đẳng Lào Cai"), "LOCAL",
                              availability);
    }

    @Test
    void anExpertIsFoundWithoutDiacriticsAndRedeliveriesChangeNothing() {
        String id = UUID.randomUUID().toString();
        String name = "Nguyễn Văn Lào " + id.substring(0, 6);
        assertThat(projection.activate(expert(id, name, "AVAILABLE"), 1)).isTrue();
        assertThat(projection.activate(expert(id, name, "AVAILABLE"), 1)).as("redelivered").isFalse();
        assertThat(projection.activate(expert(id, name, "LIMITED"), 2)).isTrue();
        assertThat(projection.activate(expert(id, name, "AVAILABLE"), 1)).as("older, after a newer one").isFalse();

        PoolExpertView view = queries.findActive(id).orElseThrow();
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.availability()).isEqualTo("LIMITED");
        assertThat(queries.search("nguyen van lao " + id.substring(0, 6), null, null, 0, 10).items())
                .extracting(PoolExpertView::expertId).containsExactly(id);
    }

    @Test
    void aDeactivatedExpertStaysOutWhateverArrivesLate() {
        String id = UUID.randomUUID().toString();
        projection.activate(expert(id, "Lò Thị Thảo", "AVAILABLE"), 1);
        assertThat(projection.deactivate(id, "person-" + id, 3)).isTrue();
        assertThat(projection.activate(expert(id, "Lò Thị Thảo", "AVAILABLE"), 2)).as("a profile change of before")
                                                                                   .isFalse();
        assertThat(queries.findActive(id)).isEmpty();
        assertThat(queries.search(null, "207", null, 0, 100).items()).extracting(PoolExpertView::expertId)
                                                                     .doesNotContain(id);

        String neverSeen = UUID.randomUUID().toString();
        projection.deactivate(neverSeen, "person-x", 5);
        assertThat(projection.activate(expert(neverSeen, "Hà Văn Muộn", "AVAILABLE"), 4)).isFalse();
        assertThat(queries.findActive(neverSeen)).isEmpty();
    }
}
