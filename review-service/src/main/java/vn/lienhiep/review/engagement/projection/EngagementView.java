package vn.lienhiep.review.engagement.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.bson.Document;

/**
 * One engagement as the read model holds it, rendered as JSON exactly as stored (ISO dates, enum names) with
 * {@code id} for Mongo's {@code _id}. The web layer removes what a caller may not see ({@link #without}).
 */
public final class EngagementView {

    private final Map<String, Object> fields;

    EngagementView(Document document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("id", document.get("_id"));
        document.forEach((key, value) -> {
            if (!key.equals("_id") && !key.equals("searchText")) {
                copy.put(key, value);
            }
        });
        this.fields = copy;
    }

    private EngagementView(Map<String, Object> fields) {
        this.fields = fields;
    }

    public String id() {
        return (String) fields.get("id");
    }

    public long version() {
        return ((Number) fields.getOrDefault("version", 0L)).longValue();
    }

    public String status() {
        return (String) fields.get("status");
    }

    public boolean published() {
        return Boolean.TRUE.equals(fields.get("published"));
    }

    /** The requesting body's account scope (the {@code requester} claim), when the request came with one. */
    public String requesterId() {
        return fields.get("requester") instanceof Map<?, ?> requester ? (String) requester.get("id") : null;
    }

    public Object get(String field) {
        return fields.get(field);
    }

    /** The same view without these top-level fields. */
    public EngagementView without(Set<String> hidden) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.keySet().removeAll(hidden);
        return new EngagementView(copy);
    }

    /** Only these top-level fields. */
    public EngagementView only(Set<String> shown) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.keySet().retainAll(shown);
        return new EngagementView(copy);
    }

    @JsonValue
    public Map<String, Object> json() {
        return fields;
    }
}
