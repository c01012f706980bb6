package vn.lienhiep.contracts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Is a new revision of a published schema still readable by consumers of the released one, and are events stored
 * under the released one still valid under the new? Within one version (.v1) a schema may only loosen descriptions
 * and add OPTIONAL properties; anything else needs a new version published alongside (ADR 0003).
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    static List<String> problems(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", released, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> problems) {
        if (!text(released, "$ref").equals(text(current, "$ref"))) {
            problems.add(path + ": $ref changed from '" + text(released, "$ref") + "' to '" + text(current, "$ref") + "'");
        }
        if (!released.path("type").equals(current.path("type"))) {
            problems.add(path + ": type changed from " + released.path("type") + " to " + current.path("type"));
        }
        for (String keyword : List.of("format", "const", "pattern")) {
            if (!released.path(keyword).equals(current.path(keyword))) {
                problems.add(path + ": " + keyword + " changed");
            }
        }
        if (!released.path("enum").equals(current.path("enum")) && !(released.path("enum").isMissingNode()
                                                                        && current.path("enum").isMissingNode())) {
            Set<String> before = strings(released.path("enum"));
            Set<String> after = strings(current.path("enum"));
            if (!before.equals(after)) {
                problems.add(path + ": enum changed from " + before + " to " + after
                             + " (consumers validating against the released schema would reject new values)");
            }
        }
        Set<String> requiredBefore = strings(released.path("required"));
        Set<String> requiredAfter = strings(current.path("required"));
        if (!requiredBefore.equals(requiredAfter)) {
            problems.add(path + ": required changed from " + requiredBefore + " to " + requiredAfter);
        }
        if (!released.path("additionalProperties").equals(current.path("additionalProperties"))
            && current.path("additionalProperties").isBoolean() && !current.path("additionalProperties").asBoolean()) {
            problems.add(path + ": additionalProperties became false");
        }
        tighter(path, "minLength", released, current, true, problems);
        tighter(path, "minimum", released, current, true, problems);
        tighter(path, "minItems", released, current, true, problems);
        tighter(path, "maxLength", released, current, false, problems);
        tighter(path, "maximum", released, current, false, problems);
        tighter(path, "maxItems", released, current, false, problems);

        JsonNode before = released.path("properties");
        JsonNode after = current.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!after.has(property.getKey())) {
                problems.add(path + "." + property.getKey() + ": removed");
            } else {
                compare(path + "." + property.getKey(), property.getValue(), after.get(property.getKey()), problems);
            }
        }
        if (released.has("items")) {
            compare(path + "[]", released.get("items"), current.path("items"), problems);
        }
    }

    private static void tighter(String path, String keyword, JsonNode released, JsonNode current, boolean lowerBound,
                                List<String> problems) {
        JsonNode before = released.path(keyword);
        JsonNode after = current.path(keyword);
        if (after.isMissingNode()) {
            return;
        }
        if (before.isMissingNode()
            || (lowerBound ? after.asDouble() > before.asDouble() : after.asDouble() < before.asDouble())) {
            problems.add(path + ": " + keyword + " tightened from " + (before.isMissingNode() ? "none" : before)
                         + " to " + after);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }
}
