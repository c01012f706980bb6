package vn.lienhiep.proof.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * The membership read models as they are in the Mongo-wire server, read directly like an operator would: the
 * organisations collection (one document per organisation, {@code _id} = organisation id) and the history collection
 * (one row per event, {@code _id} = aggregate id + ":" + sequence). The platform is fresh, so everything in them
 * belongs to this run.
 */
public final class ReadModels implements AutoCloseable {

    public static final String DATABASE = "lienhiep_membership";
    public static final String ORGANIZATIONS = "organizations";
    public static final String HISTORY = "history";

    /** One organisation document: id, name, status and the aggregate sequence it reflects. */
    public record OrganizationRow(String id, String name, String status, long version) {
    }

    /** A snapshot of both collections. */
    public record Snapshot(Map<String, OrganizationRow> organizations, Map<String, List<String>> namesToIds,
                           Map<String, List<String>> historyEventTypes) {
    }

    private final MongoClient client;

    public ReadModels(String mongoUri) {
        client = MongoClients.create(mongoUri + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000&socketTimeoutMS=20000");
    }

    public Snapshot read() {
        MongoDatabase db = client.getDatabase(DATABASE);
        Map<String, OrganizationRow> organizations = new HashMap<>();
        Map<String, List<String>> namesToIds = new HashMap<>();
        for (Document d : db.getCollection(ORGANIZATIONS).find()
                            .projection(new Document("name", 1).append("status", 1).append("version", 1))) {
            String id = String.valueOf(d.get("_id"));
            Object version = d.get("version");
            OrganizationRow row = new OrganizationRow(id, d.getString("name"), d.getString("status"),
                                                      version instanceof Number number ? number.longValue() : -1);
            organizations.put(id, row);
            namesToIds.computeIfAbsent(row.name(), n -> new ArrayList<>()).add(id);
        }
        Map<String, List<String>> history = new HashMap<>();
        for (Document d : db.getCollection(HISTORY).find()
                            .projection(new Document("aggregateId", 1).append("sequence", 1).append("eventType", 1))) {
            String aggregate = d.getString("aggregateId");
            if (aggregate != null) {
                history.computeIfAbsent(aggregate, a -> new ArrayList<>()).add(d.get("sequence") + ":" + d.getString("eventType"));
            }
        }
        return new Snapshot(organizations, namesToIds, history);
    }

    @Override
    public void close() {
        client.close();
    }
}
