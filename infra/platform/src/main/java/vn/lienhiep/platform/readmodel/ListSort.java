package vn.lienhiep.platform.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

import vn.lienhiep.kernel.InvalidInput;

/**
 * The orders one list may be read in, the only way a list endpoint sorts: {@code sort=<field>} ascending,
 * {@code sort=-<field>} descending, one field, each public name mapped to the read-model field it sorts on (for a
 * name, its {@link SortKeys Vietnamese sort key}); no {@code sort} keeps the list's default order. Every order ends
 * with {@code _id}, so pages never overlap when values tie. Anything else is a 400 naming the field {@code sort}.
 *
 * <pre>{@code
 * static final ListSort SORTS = ListSort.defaultOrder(Sort.by("searchName", "_id"))
 *         .field("name", "sortName").field("admittedOn", "admittedOn").build();
 * query.with(SORTS.parse(sort));
 * }</pre>
 *
 * The endpoint documents the same values in OpenAPI ({@code @Parameter(schema = @Schema(allowableValues = …))}); its
 * test holds the two together with {@link #values()}.
 */
public final class ListSort {

    /** The query parameter every list reads its order from. */
    public static final String PARAMETER = "sort";

    private final Sort defaultOrder;
    private final Map<String, String> fields;
    private final List<String> values;

    private ListSort(Sort defaultOrder, Map<String, String> fields) {
        this.defaultOrder = defaultOrder;
        this.fields = Map.copyOf(fields);
        this.values = values(fields);
    }

    /** @param order the list's order when the caller names none (include {@code _id} last to keep pages stable) */
    public static Builder defaultOrder(Sort order) {
        return new Builder(order);
    }

    /**
     * The order {@code sort} asks for; the default order when it is absent or blank.
     *
     * @throws InvalidInput on {@code sort} for a field this list does not sort by
     */
    public Sort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        String value = sort.strip();
        boolean descending = value.startsWith("-");
        String field = fields.get(descending ? value.substring(1) : value);
        if (field == null) {
            String allowed = String.join(", ", values);
            throw new InvalidInput(PARAMETER, "phải là một trong các giá trị: " + allowed,
                                   "must be one of: " + allowed);
        }
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, field).and(Sort.by("_id"));
    }

    /** Every accepted value: each field, then the same descending ({@code name, -name, admittedOn, -admittedOn}). */
    public List<String> values() {
        return values;
    }

    private static List<String> values(Map<String, String> fields) {
        List<String> all = new ArrayList<>();
        fields.keySet().forEach(name -> {
            all.add(name);
            all.add("-" + name);
        });
        return List.copyOf(all);
    }

    public static final class Builder {

        private final Sort defaultOrder;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder(Sort defaultOrder) {
            this.defaultOrder = defaultOrder;
        }

        /**
         * @param name          the value a client sends ({@code admittedOn})
         * @param documentField the read-model field sorted on ({@code admittedOn}, {@code sortName}, {@code due.reportDue})
         */
        public Builder field(String name, String documentField) {
            if (fields.putIfAbsent(name, documentField) != null) {
                throw new IllegalStateException("sort field " + name + " declared twice");
            }
            return this;
        }

        public ListSort build() {
            return new ListSort(defaultOrder, fields);
        }
    }
}
