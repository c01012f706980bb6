package vn.lienhiep.review.expertpool.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.review.common.domain.ExpertPool;
import vn.lienhiep.review.common.domain.PoolExpert;

/**
 * The expert pool in the event store's own database (table {@code review_expert_pool}, see V1__expert_pool.sql):
 * the engagement's conflict-of-interest checks read it through JdbcTemplate, which joins the transaction Axon's unit
 * of work opened. Written only by the expert-pool subscription; every write is guarded by membership's aggregate
 * sequence, so a redelivered or out-of-order event changes nothing.
 */
@Component
public class JdbcExpertPool implements ExpertPool {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS =
            "expert_id, person_id, display_name, expertise_fields, employers, scope, availability, active,"
            + " source_sequence";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    public JdbcExpertPool(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<PoolExpert> active(String expertId) {
        return find(expertId).filter(Replica::active).map(Replica::expert);
    }

    @Override
    public boolean known(String expertId) {
        return find(expertId).isPresent();
    }

    /** The stored row whatever its state (the subscription and tests need the inactive ones too). */
    public Optional<Replica> find(String expertId) {
        List<Replica> rows = jdbc.query("SELECT " + COLUMNS + " FROM review_expert_pool WHERE expert_id = ?",
                                        this::replica, expertId);
        return rows.stream().findFirst();
    }

    /**
     * Membership verified the expert or changed an active expert's profile: the expert is in the pool with these
     * details.
     *
     * @return true if applied, false if the row already reflects {@code sequence} or a later event
     */
    public boolean activate(PoolExpert expert, long sequence) {
        String fields = write(expert.expertiseFields());
        String employers = write(expert.employers());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return guardedUpsert(expert.expertId(), sequence,
                () -> jdbc.update("UPDATE review_expert_pool SET person_id = ?, display_name = ?, expertise_fields = ?,"
                                  + " employers = ?, scope = ?, availability = ?, active = TRUE, source_sequence = ?,"
                                  + " updated_at = ? WHERE expert_id = ? AND source_sequence < ?",
                                  expert.personId(), expert.displayName(), fields, employers, expert.scope(),
                                  expert.availability(), sequence, now, expert.expertId(), sequence),
                () -> jdbc.update("INSERT INTO review_expert_pool (" + COLUMNS + ", updated_at)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
                                  expert.expertId(), expert.personId(), expert.displayName(), fields, employers,
                                  expert.scope(), expert.availability(), sequence, now));
    }

    /**
     * Membership deactivated the expert: kept (details untouched) but inactive. An expert never seen before is stored
     * inactive too, so their older "verified" arriving late cannot add them.
     *
     * @return true if applied, false if the row already reflects {@code sequence} or a later event
     */
    public boolean deactivate(String expertId, String personId, long sequence) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return guardedUpsert(expertId, sequence,
                () -> jdbc.update("UPDATE review_expert_pool SET active = FALSE, source_sequence = ?, updated_at = ?"
                                  + " WHERE expert_id = ? AND source_sequence < ?", sequence, now, expertId, sequence),
                () -> jdbc.update("INSERT INTO review_expert_pool (" + COLUMNS + ", updated_at)"
                                  + " VALUES (?, ?, NULL, '[]', '[]', NULL, NULL, FALSE, ?, ?)",
                                  expertId, personId, sequence, now));
    }

    /**
     * Conditional UPDATE first (the common case: the row exists and is older); if nothing matched, either the row is
     * newer (stale event: nothing to do) or absent (INSERT). A concurrent INSERT of the same expert loses on the
     * primary key and falls back to the guarded UPDATE, so the row always ends at the highest sequence.
     */
    private boolean guardedUpsert(String expertId, long sequence, Write update, Write insert) {
        if (update.run() > 0) {
            return true;
        }
        if (find(expertId).isPresent()) {
            return false;
        }
        try {
            return insert.run() > 0;
        } catch (DuplicateKeyException raced) {
            return update.run() > 0;
        }
    }

    @FunctionalInterface
    private interface Write {
        int run();
    }

    private Replica replica(ResultSet rs, int row) throws SQLException {
        PoolExpert expert = new PoolExpert(rs.getString("expert_id"), rs.getString("person_id"),
                                           rs.getString("display_name"), read(rs.getString("expertise_fields")),
                                           read(rs.getString("employers")), rs.getString("scope"),
                                           rs.getString("availability"));
        return new Replica(expert, rs.getBoolean("active"), rs.getLong("source_sequence"));
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of strings as JSON", e);
        }
    }

    private List<String> read(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException("review_expert_pool holds a list that is not a JSON array", e);
        }
    }

    /** One row of the replica: the expert, whether they may still be assigned, and the last applied sequence. */
    public record Replica(PoolExpert expert, boolean active, long sourceSequence) {
    }
}
