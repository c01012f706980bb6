package vn.lienhiep.proof.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, with its parameters and JSON request body schema ($refs resolved),
 * which is all the generator needs: nothing here knows any service's field names.
 */
public record Operation(String service, String method, String path, List<Param> params, JsonNode bodySchema) {

    /** A path or query parameter. */
    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    public boolean mutation() {
        return !method.equals("GET");
    }

    public List<Param> in(String where) {
        return params.stream().filter(p -> p.in().equals(where)).toList();
    }

    /** Every operation of one OpenAPI 3 document. */
    public static List<Operation> parse(String service, JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : concat(path.getValue().path("parameters"), op.path("parameters"))) {
                    JsonNode resolved = resolve(doc, p, 0);
                    params.add(new Param(resolved.path("name").asText(), resolved.path("in").asText(),
                                         resolved.path("required").asBoolean(false),
                                         resolve(doc, resolved.path("schema"), 0)));
                }
                JsonNode content = resolve(doc, op.path("requestBody"), 0).path("content");
                JsonNode body = null;
                Iterator<Map.Entry<String, JsonNode>> types = content.fields();
                while (types.hasNext()) {
                    Map.Entry<String, JsonNode> type = types.next();
                    if (type.getKey().contains("json")) {
                        body = resolve(doc, type.getValue().path("schema"), 0);
                    }
                }
                if (body == null && content.size() > 0) {
                    body = resolve(doc, content.elements().next().path("schema"), 0);
                }
                ops.add(new Operation(service, method.toUpperCase(), path.getKey(), params, body));
            }
        }
        return ops;
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    /** Inlines $ref (and allOf's first member) so the generator sees plain schemas; depth-limited for recursive ones. */
    static JsonNode resolve(JsonNode doc, JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || depth > 8) {
            return node;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = doc;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            return resolve(doc, target, depth + 1);
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
            if (copy.has("allOf") && copy.get("allOf").size() == 1) {
                return resolve(doc, copy.get("allOf").get(0), depth + 1);
            }
            if (copy.has("properties")) {
                com.fasterxml.jackson.databind.node.ObjectNode props = copy.putObject("properties");
                node.get("properties").fields().forEachRemaining(e -> props.set(e.getKey(), resolve(doc, e.getValue(), depth + 1)));
            }
            if (copy.has("items")) {
                copy.set("items", resolve(doc, node.get("items"), depth + 1));
            }
            return copy;
        }
        return node;
    }
}
