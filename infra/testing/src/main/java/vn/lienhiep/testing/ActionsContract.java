package vn.lienhiep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every context's {@code GET …/{id}/actions} test checks the same way: the answer is the platform's one
 * {@code ActionsView}, documented as such in the OpenAPI document, and read as the list of offered action names.
 */
public final class ActionsContract {

    private ActionsContract() {
    }

    /** Each actions path of this OpenAPI document answers {@code ActionsView} ({@code actions[]} of name, method, href). */
    public static void assertDocumented(JsonNode apiDocs, String... actionPaths) {
        for (String path : actionPaths) {
            JsonNode content = apiDocs.path("paths").path(path).path("get").path("responses").path("200").path("content");
            assertThat(content.isEmpty()).as(path + " documents its answer").isFalse();
            assertThat(content.elements().next().path("schema").path("$ref").asText()).as(path)
                    .isEqualTo("#/components/schemas/ActionsView");
        }
        JsonNode schemas = apiDocs.path("components").path("schemas");
        assertThat(schemas.path("ActionsView").path("properties").path("actions").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/ActionsView.Action");
        assertThat(schemas.path("ActionsView.Action").path("properties").fieldNames())
                .toIterable().containsExactlyInAnyOrder("name", "method", "href");
    }

    /** The offered action names of a 200 answer, in order, each once (seat acts repeat a name per seat). */
    public static List<String> names(HttpJson.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return names(response.json());
    }

    public static List<String> names(JsonNode view) {
        List<String> names = new ArrayList<>();
        view.path("actions").forEach(action -> {
            if (!names.contains(action.path("name").asText())) {
                names.add(action.path("name").asText());
            }
        });
        return names;
    }
}
