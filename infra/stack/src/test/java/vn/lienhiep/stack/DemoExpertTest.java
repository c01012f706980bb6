package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each province's demo names the expert the demo.chuyengia account is: saved once as {@code demoExpert} on an
 * expert's creation and {@code demoExpertPerson} on that expert's own person, and invited in the demo's review sample,
 * so the account has an invitation of its own to accept and a record of its own to download.
 */
class DemoExpertTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"14", "10"})
    void theDemoExpertIsOneInvitedExpertAndItsOwnPerson(String province) throws Exception {
        List<JsonNode> steps = new ArrayList<>();
        for (Path file : new DemoLoader("http://127.0.0.1:1", province, () -> "", line -> { }).stepFiles()) {
            JsonNode root = JSON.readTree(Files.readString(file));
            (root.isArray() ? root : root.path("steps")).forEach(steps::add);
        }
        JsonNode expertStep = onlyStepSaving(steps, Identity.DEMO_EXPERT_VARIABLE);
        JsonNode personStep = onlyStepSaving(steps, Identity.DEMO_EXPERT_PERSON_VARIABLE);

        assertThat(expertStep.path("path").asText()).isEqualTo("/api/membership/experts");
        assertThat(personStep.path("path").asText()).isEqualTo("/api/membership/persons");
        String personVariable = otherVariable(personStep, Identity.DEMO_EXPERT_PERSON_VARIABLE);
        assertThat(expertStep.path("body").path("personId").asText()).as("the expert is that person")
                                                                      .isEqualTo("${" + personVariable + "}");
        String expertVariable = otherVariable(expertStep, Identity.DEMO_EXPERT_VARIABLE);
        assertThat(steps).as("the review sample invites the demo expert")
                .anyMatch(step -> step.path("path").asText().endsWith("/panel/invitations")
                        && ("${" + expertVariable + "}").equals(step.path("body").path("expertId").asText()));
    }

    private static JsonNode onlyStepSaving(List<JsonNode> steps, String variable) {
        List<JsonNode> saving = steps.stream().filter(step -> step.path("save").has(variable)).toList();
        assertThat(saving).as("steps saving " + variable).hasSize(1);
        assertThat(saving.get(0).path("save").path(variable).asText()).isEqualTo("id");
        return saving.get(0);
    }

    /** The step's own name for the same id, which later steps use. */
    private static String otherVariable(JsonNode step, String variable) {
        List<String> others = new ArrayList<>();
        step.path("save").fields().forEachRemaining((Map.Entry<String, JsonNode> field) -> {
            if (!field.getKey().equals(variable) && field.getValue().asText().equals("id")) {
                others.add(field.getKey());
            }
        });
        assertThat(others).hasSize(1);
        return others.get(0);
    }
}
