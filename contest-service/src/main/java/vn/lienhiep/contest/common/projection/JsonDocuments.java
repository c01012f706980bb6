package vn.lienhiep.contest.common.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The contest's read models hold the domain's value types (terms, sub-panels, dossiers, awards) as the event store
 * writes them: JSON by the event store's own mapper, stored as Mongo documents and read back into the view records.
 * Numbers come back as the JSON numbers they were (scores with one decimal), dates as ISO strings.
 */
@Component
public class JsonDocuments {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper json;

    public JsonDocuments(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A value as a Mongo document (an object) or list of documents. */
    public Object of(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(value);
            if (value instanceof List<?>) {
                return Document.parse("{\"v\":" + text + "}").get("v");
            }
            return Document.parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored document read back as {@code type} (the document's {@code _id} is its {@code id}). */
    public <T> T read(Document document, Class<T> type) {
        try {
            Document copy = new Document(document);
            Object id = copy.remove("_id");
            copy.put("id", id);
            return json.readValue(copy.toJson(RELAXED), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
