package vn.lienhiep.platform.readmodel;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent read-model writes without transactions (the Mongo-wire server has none, docs/platform-notes.md#mongo-wire-consequences): every document
 * remembers the sequence number of the last event of its aggregate it reflects, and an update applies only to a
 * document that is older. Events delivered twice (Axon and Kafka deliver at least once) therefore change nothing
 * the second time.
 */
public class VersionedDocuments {

    /** Field holding the aggregate sequence number the document reflects. */
    public static final String VERSION = "version";

    private final MongoTemplate mongo;

    public VersionedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to document {@code id} if its version is below {@code sequence}, creating it if absent.
     *
     * @return true if applied, false if the document already reflected this event (a redelivery)
     */
    public boolean apply(String collection, Object id, long sequence, Update update) {
        return guardedUpsert(collection, id, VERSION, sequence, update);
    }

    /**
     * Same as {@link #apply} for a document that mirrors fields of ANOTHER aggregate's stream (e.g. a person's name on
     * an expert profile), guarded by its own version field. Never creates the document.
     */
    public boolean applyForeign(String collection, Criteria target, String versionField, long sequence, Update update) {
        Query query = Query.query(target.andOperator(new Criteria().orOperator(
                Criteria.where(versionField).lt(sequence), Criteria.where(versionField).exists(false))));
        return mongo.updateMulti(query, update.set(versionField, sequence), collection).getModifiedCount() > 0;
    }

    /** Inserts an append-only row (e.g. a history entry) unless a row with this id exists. */
    public boolean insertOnce(String collection, Object id, Document row) {
        row.put("_id", id);
        try {
            mongo.insert(row, collection);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Reads the stored version by {@code _id}, then writes by {@code _id}: both use the primary-key index. The atomic
     * form ({@code {_id: id, $or: [version < seq, no version]}} with upsert) is correct but made every write a full
     * collection scan on the Mongo-wire server, whose planner uses an index only for a query on exactly its keys
     * (a 2,000-document collection replayed at 87 events/s). Two steps are safe because a document has ONE writer:
     * it mirrors one aggregate, whose events a tracking processor handles in order in one segment (Axon's
     * sequential-per-aggregate policy), also during a replay; a redelivery arrives on that same thread.
     */
    private boolean guardedUpsert(String collection, Object id, String versionField, long sequence, Update update) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(versionField);
        Document stored = mongo.findOne(byId, Document.class, collection);
        if (stored != null && stored.get(versionField) instanceof Number version && version.longValue() >= sequence) {
            return false;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), update.set(versionField, sequence), collection);
        return true;
    }

    public MongoTemplate mongo() {
        return mongo;
    }
}
