package vn.lienhiep.platform.commands;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency records in the service's SQL store. Written through the connection of the current transaction, so a
 * record commits exactly when the command's events commit.
 */
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredResult> find(String key) {
        List<StoredResult> rows = jdbc.query(
                "SELECT fingerprint, result_type, result FROM idempotency_record WHERE idempotency_key = ?",
                (rs, n) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3)), key);
        return rows.stream().findFirst();
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the key was used concurrently */
    public void insert(String key, String fingerprint, String resultType, String result) {
        jdbc.update("INSERT INTO idempotency_record (idempotency_key, fingerprint, result_type, result, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)", key, fingerprint, resultType, result, Timestamp.from(Instant.now()));
    }

    public record StoredResult(String fingerprint, String resultType, String result) {
    }
}
