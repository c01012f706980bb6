package vn.lienhiep.proof.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The membership event store itself (H2 file), opened read-only after the platform stopped (H2 locks the file while
 * the service runs). The source of truth: what is here happened; the topic and the read models must follow it.
 */
public final class EventStoreReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLIED = "OrganizationEvents$Applied";
    private static final String ADMITTED = "OrganizationEvents$Admitted";

    /** One organisation aggregate of this run: its name (from the Applied payload) and its event types by sequence. */
    public record Aggregate(String id, String name, List<String> events) {
        public long count(String simpleType) {
            return events.stream().filter(e -> e.endsWith(":" + simpleType)).count();
        }
    }

    /** Aggregates whose Applied name starts with the prefix, and idempotency key → stored result, for this run. */
    public record Contents(Map<String, Aggregate> aggregates, Map<String, String> idempotencyResults, long totalEvents) {
    }

    private EventStoreReader() {
    }

    public static Contents read(Path dataDir, String namePrefix, String keyPrefix) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("membership").resolve("eventstore") + ";ACCESS_MODE_DATA=r";
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> events = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        long total;
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM domainevententry")) {
                rs.next();
                total = rs.getLong(1);
            }
            try (ResultSet rs = db.createStatement().executeQuery(
                    "SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM domainevententry"
                    + " WHERE payloadtype LIKE '%OrganizationEvents$%' ORDER BY globalindex")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String type = rs.getString(3);
                    events.computeIfAbsent(id, i -> new ArrayList<>())
                          .add(rs.getLong(2) + ":" + type.substring(type.lastIndexOf('$') + 1));
                    if (type.endsWith(APPLIED)) {
                        names.put(id, JSON.readTree(new String(rs.getBytes(4), StandardCharsets.UTF_8)).path("name").asText());
                    }
                }
            } catch (IOException e) {
                throw new SQLException("unreadable event payload", e);
            }
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT idempotency_key, result FROM idempotency_record WHERE idempotency_key LIKE ?")) {
                query.setString(1, "%:" + keyPrefix + "%");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        keys.put(key.substring(key.indexOf(':') + 1), rs.getString(2));
                    }
                }
            }
        }
        Map<String, Aggregate> aggregates = new HashMap<>();
        events.forEach((id, list) -> {
            String name = names.get(id);
            if (name != null && name.startsWith(namePrefix)) {
                aggregates.put(id, new Aggregate(id, name, list));
            }
        });
        return new Contents(aggregates, keys, total);
    }

}
