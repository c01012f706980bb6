package vn.lienhiep.review.expertpool;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.review.ApiTestBase;
import vn.lienhiep.review.common.domain.PoolExpert;
import vn.lienhiep.review.expertpool.infrastructure.JdbcExpertPool;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence guard of the SQL replica, on the service's real database (Flyway-migrated H2). */
class JdbcExpertPoolTest extends ApiTestBase {

    @Autowired
    JdbcExpertPool pool;

    @Test
    void onlyANewerEventChangesTheRow() {
        String id = "expert-" + UUID.randomUUID();
        assertThat(pool.active(id)).isEmpty();

        assertThat(pool.activate(expert(id, "Sở Y tế", "AVAILABLE"), 2)).isTrue();
        assertThat(pool.activate(expert(id, "Sở Cũ", "LIMITED"), 1)).as("older").isFalse();
        assertThat(pool.activate(expert(id, "Sở Khác", "LIMITED"), 2)).as("same sequence again").isFalse();
        PoolExpert stored = pool.active(id).orElseThrow();
        assertThat(stored.employers()).containsExactly("Sở Y tế");
        assertThat(stored.availability()).isEqualTo("AVAILABLE");
        assertThat(stored.expertiseFields()).containsExactly("202", "301");
        assertThat(stored.displayName()).isEqualTo("Đặng Thị \"Hoa\", Lào Cai");

        assertThat(pool.activate(expert(id, "Trường Đại học, Khoa \"Luật\"", "LIMITED"), 3)).isTrue();
        assertThat(pool.active(id).orElseThrow().employers())
                .as("punctuation survives the JSON text column").containsExactly("Trường Đại học, Khoa \"Luật\"");
        assertThat(pool.find(id).orElseThrow().sourceSequence()).isEqualTo(3);
    }

    @Test
    void aDeactivatedExpertIsKeptInactiveAndALateChangeCannotReviveThem() {
        String id = "expert-" + UUID.randomUUID();
        pool.activate(expert(id, "Sở Y tế", "AVAILABLE"), 1);

        assertThat(pool.deactivate(id, "person-" + id, 4)).isTrue();
        assertThat(pool.deactivate(id, "person-" + id, 4)).as("redelivered").isFalse();
        assertThat(pool.active(id)).isEmpty();
        JdbcExpertPool.Replica kept = pool.find(id).orElseThrow();
        assertThat(kept.active()).isFalse();
        assertThat(kept.expert().employers()).as("details kept").containsExactly("Sở Y tế");

        assertThat(pool.activate(expert(id, "Sở Mới", "AVAILABLE"), 3)).as("late profile change").isFalse();
        assertThat(pool.active(id)).isEmpty();

        assertThat(pool.activate(expert(id, "Sở Mới", "AVAILABLE"), 5)).as("verified again later").isTrue();
        assertThat(pool.active(id).orElseThrow().employers()).containsExactly("Sở Mới");
    }

    @Test
    void aDeactivationSeenBeforeTheVerificationWins() {
        String id = "expert-" + UUID.randomUUID();
        assertThat(pool.deactivate(id, "person-" + id, 7)).isTrue();
        assertThat(pool.activate(expert(id, "Sở Y tế", "AVAILABLE"), 6)).isFalse();
        assertThat(pool.active(id)).isEmpty();
        assertThat(pool.find(id).orElseThrow().sourceSequence()).isEqualTo(7);
    }

    private static PoolExpert expert(String id, String employer, String availability) {
        return new PoolExpert(id, "person-" + id, "Đặng Thị \"Hoa\", Lào Cai", List.of("202", "301"), List.of(employer),
                              "LOCAL", availability);
    }
}
