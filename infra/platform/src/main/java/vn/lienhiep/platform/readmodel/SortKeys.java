package vn.lienhiep.platform.readmodel;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.lienhiep.kernel.text.VietnameseText;

/**
 * Vietnamese sort keys stored next to the names they order ({@link VietnameseText#sortKey}): the Mongo-wire server
 * has no collations (docs/platform-notes.md#mongo-wire-limits), so a projection writes the key with the name and a
 * {@link ListSort} sorts on it. Read models written before a key existed are completed when the projection starts
 * ({@link #fillMissing}), so an upgrade needs no replay.
 */
public final class SortKeys {

    private static final Logger log = LoggerFactory.getLogger(SortKeys.class);

    private SortKeys() {
    }

    /** The key of {@code name}, for {@code update.set(keyField, SortKeys.of(name))}. */
    public static String of(String name) {
        return VietnameseText.sortKey(name);
    }

    /**
     * Gives every document of {@code collection} that has {@code nameField} but no {@code keyField} the key of its
     * name. Call it from the projection's constructor, next to its indexes: that runs before the tracking processors
     * start, so no event handler writes the same documents meanwhile. A document with a key is never read again, so
     * after the first start this is one query that finds nothing.
     *
     * @return how many documents were completed
     */
    public static int fillMissing(MongoTemplate mongo, String collection, String nameField, String keyField) {
        Query missing = Query.query(Criteria.where(keyField).exists(false).and(nameField).exists(true));
        missing.fields().include(nameField);
        int filled = 0;
        for (Document d : mongo.find(missing, Document.class, collection)) {
            Object name = valueAt(d, nameField);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(d.get("_id"))),
                              new Update().set(keyField, of(name == null ? null : name.toString())), collection);
            filled++;
        }
        if (filled > 0) {
            log.info("Sort keys {} written from {} on {} documents of {} (read model older than the key)", keyField,
                     nameField, filled, collection);
        }
        return filled;
    }

    private static Object valueAt(Document d, String dottedField) {
        Object value = d;
        for (String part : dottedField.split("\\.")) {
            if (!(value instanceof Document document)) {
                return null;
            }
            value = document.get(part);
        }
        return value;
    }
}
