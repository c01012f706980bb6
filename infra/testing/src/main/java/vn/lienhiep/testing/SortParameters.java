package vn.lienhiep.testing;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service's OpenAPI document says about the {@code sort} parameter of a list (platform's {@code ListSort}), so
 * a list's test holds the documented values to the ones the list accepts.
 */
public final class SortParameters {

    private SortParameters() {
    }

    /**
     * The {@code enum} of the {@code sort} query parameter of {@code GET path} in {@code <prefix>/v3/api-docs}.
     *
     * @throws AssertionError when the operation documents no {@code sort} query parameter, or one without a
     *                        description of its values
     */
    public static List<String> documented(HttpJson anonymous, String prefix, String path) {
        HttpJson.Response docs = anonymous.get(prefix + "/v3/api-docs");
        if (docs.status() != 200) {
            throw new AssertionError("no OpenAPI document at " + prefix + "/v3/api-docs: " + docs);
        }
        JsonNode parameters = docs.json().path("paths").path(path).path("get").path("parameters");
        for (JsonNode parameter : parameters) {
            if ("sort".equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())) {
                if (parameter.path("description").asText().isBlank()) {
                    throw new AssertionError("GET " + path + ": the sort parameter has no description");
                }
                List<String> values = new ArrayList<>();
                parameter.path("schema").path("enum").forEach(v -> values.add(v.asText()));
                return values;
            }
        }
        throw new AssertionError("GET " + path + " documents no sort query parameter: " + parameters);
    }
}
