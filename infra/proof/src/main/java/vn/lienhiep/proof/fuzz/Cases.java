package vn.lienhiep.proof.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates hostile requests from the discovered operations. Every request to a mutating operation is built to be
 * invalid, so a 2xx or any state change is a finding: schema-derived bodies always also have one required property
 * nulled ("safety net"), mutations without a body only ever target ids that do not exist, and real ids only receive
 * bodies that cannot parse. Valid-but-odd input (Vietnamese NFD text and the like) goes only to GET operations.
 */
public final class Cases {

    public static final String HUGE_BODY = "huge-body";
    public static final List<String> FAMILIES = List.of(
            "malformed-json", "wrong-types", "missing-fields", "extra-fields", "huge-strings", HUGE_BODY, "deep-nesting",
            "invalid-utf8", "vietnamese", "mongo-injection", "path-traversal", "id-probing", "numbers", "dates");
    private static final List<String> SPREAD = FAMILIES.stream().filter(f -> !f.equals(HUGE_BODY)).toList();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";

    private static final String NFD = Normalizer.normalize("Hội Khoa học Kỹ thuật Đường bộ Việt Nam", Normalizer.Form.NFD);
    private static final List<String> VIETNAMESE = List.of(
            NFD, "Hội Khoa học", "hoi khoa hoc", "HỘI KHOA HỌC", "Ðường" /* U+00D0 look-alike */, "Đ\u0301\u0302\u0323\u0309",
            "a" + "\u0301".repeat(300), "Hội\u200bKhoa\u200dhọc", "\u202eHội Khoa học", "\ufeffHội", "Nguyễn Văn A".repeat(50),
            "ư\u031b\u0303", "\ud83c\uddfb\ud83c\uddf3 Hội", "Hội%", "Hội*", "(Hội", "[Hội]", ".*", "\\Q", "a|b", "\u0000",
            "   ", "");
    private static final List<String> INJECTION = List.of(
            "{\"$ne\":null}", "{\"$gt\":\"\"}", "{\"$where\":\"sleep(1000)\"}", "$where", "';return true;var a='",
            "{\"$regex\":\".*\"}", "this.a==this.a", "{\"$expr\":{\"$eq\":[1,1]}}", "[$ne]=1", "1' OR '1'='1", "${jndi:ldap://x}");
    private static final List<String> TRAVERSAL = List.of(
            "..", "../..", "..%2f..%2factuator%2fenv", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e", "..;", "%252e%252e%252f",
            "....//....//", "%00", "..%5c..%5c", "%c0%ae%c0%ae%2f", "~", ".", "%2f", "..%2f..%2f..%2factuator%2fheapdump");
    private static final List<String> NUMBERS = List.of(
            "-1", "0", "-9223372036854775809", "9223372036854775808", "1e309", "-1e309", "NaN", "Infinity", "1.5",
            "0x10", "99999999999999999999999999999", "2147483648", "-2147483649", "1e-400");
    private static final List<String> DATES = List.of(
            "0000-00-00", "2024-02-30", "2023-13-01", "+999999999-12-31", "-999999999-01-01", "99999-01-01", "1900-1-1",
            "2024-01-01T25:61:61Z", "31/12/2024", "0001-01-01", "9999-12-31T23:59:59.999999999+18:00", "", "yesterday",
            "2024-01-01\u0000");

    private final Random random;
    private final List<Operation> operations;
    private final List<String> realIds;
    private final List<Operation> gets;
    private final List<Operation> withBody;
    private final List<Operation> withPathParams;
    private final List<Operation> withQuery;

    public Cases(long seed, List<Operation> operations, List<String> realIds) {
        this.random = new Random(seed);
        this.operations = operations;
        this.realIds = realIds;
        this.gets = operations.stream().filter(o -> !o.mutation()).toList();
        this.withBody = operations.stream().filter(o -> o.bodySchema() != null && o.mutation()).toList();
        this.withPathParams = operations.stream().filter(o -> !o.in("path").isEmpty()).toList();
        this.withQuery = operations.stream().filter(o -> !o.mutation() && !o.in("query").isEmpty()).toList();
    }

    /** Case number {@code i}: 1 in 500 is a 10 MB body, the rest cycle through the other families. */
    public FuzzCase next(int i) {
        String family = i % 500 == 250 ? HUGE_BODY : SPREAD.get(i % SPREAD.size());
        return switch (family) {
            case "malformed-json" -> malformed();
            case "wrong-types", "missing-fields", "extra-fields", "huge-strings", "deep-nesting", "numbers", "dates" ->
                    schemaMutation(family);
            case HUGE_BODY -> hugeBody();
            case "invalid-utf8" -> invalidUtf8();
            case "vietnamese" -> vietnamese();
            case "mongo-injection" -> injection();
            case "path-traversal" -> traversal();
            default -> idProbe();
        };
    }

    // ---------------------------------------------------------------- families

    private FuzzCase malformed() {
        Operation op = pick(withBody.isEmpty() ? operations : withBody);
        String valid = JSON.valueToTree(example(op.bodySchema(), 0)).toString();
        List<String> bodies = List.of(valid.substring(0, Math.max(1, valid.length() / 2)), "{", "}", "nul", valid + "}}",
                                      valid.replace('"', '\''), "{\"a\":1,}", "[" + valid, "{\"a\" 1}", "", "\"just a string\"",
                                      "123", "[]", "{\"a\":\"\\u12\"}", "/* c */ {}", "{\"a\":01}");
        String body = pick(bodies);
        String type = random.nextInt(6) == 0 ? pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                                           "application/json; charset=ISO-8859-1", "multipart/form-data")) : JSON_TYPE;
        return request("malformed-json", op, pathWith(op, anyId(op)), type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A schema-derived body with one targeted defect, plus the safety net. Falls back to query parameters for GETs. */
    private FuzzCase schemaMutation(String family) {
        if ((family.equals("numbers") || family.equals("dates")) && !withQuery.isEmpty() && random.nextBoolean()) {
            Operation op = pick(withQuery);
            Operation.Param p = pick(op.in("query"));
            String value = family.equals("numbers") ? pick(NUMBERS) : pick(DATES);
            return request(family, op, pathWith(op, anyId(op)) + query(p.name(), value), null, null);
        }
        if (withBody.isEmpty()) {
            return malformed();
        }
        Operation op = pick(withBody);
        JsonNode schema = op.bodySchema();
        JsonNode body = JSON.valueToTree(example(schema, 0));
        if (!(body instanceof ObjectNode object)) {
            return request(family, op, pathWith(op, missingId()), JSON_TYPE, "{\"x\":".getBytes(StandardCharsets.UTF_8));
        }
        List<String> paths = leafPaths(schema, "", 0);
        String target = paths.isEmpty() ? null : pick(paths);
        JsonNode targetSchema = target == null ? null : schemaAt(schema, target);
        switch (family) {
            case "wrong-types" -> {
                if (target != null) {
                    set(object, target, wrongType(targetSchema));
                }
            }
            case "missing-fields" -> {
                List<String> required = required(schema);
                if (!required.isEmpty()) {
                    object.remove(pick(required));
                }
                if (random.nextBoolean()) {
                    object.removeAll();
                }
            }
            case "extra-fields" -> {
                object.put("_id", "000000000000000000000000");
                object.put("version", 999);
                object.putObject("$set").put("status", "DISSOLVED");
                object.put("__proto__", "x");
                object.put("status", "DISSOLVED");
                object.put("extra" + random.nextInt(1000), pick(VIETNAMESE));
            }
            case "huge-strings" -> {
                String huge = pick(List.of("ạ", "a", "\u0301", "🇻🇳", "<script>")).repeat(200_000 + random.nextInt(300_000));
                String into = pickStringPath(schema, paths);
                set(object, into == null ? "name" : into, F.textNode(huge));
            }
            case "deep-nesting" -> {
                set(object, target == null ? "x" : target, nested(200 + random.nextInt(300)));
            }
            case "numbers" -> {
                String into = pickTyped(schema, paths, "integer", "number");
                set(object, into == null ? (target == null ? "x" : target) : into, numberNode(pick(NUMBERS)));
            }
            default -> { // dates
                String into = pickFormat(schema, paths);
                set(object, into == null ? (target == null ? "x" : target) : into, F.textNode(pick(DATES)));
            }
        }
        String defect = switch (family) {
            case "wrong-types" -> target;
            case "missing-fields" -> "";
            default -> null; // huge strings, odd numbers and dates, nesting, extra properties may all be accepted
        };
        boolean invalid = safetyNet(object, schema, defect);
        if (!invalid && op.in("path").isEmpty()) {
            // no way to make this body surely invalid on a create: wrap it so it cannot bind
            return request(family, op, pathWith(op, null), JSON_TYPE, bytes(F.arrayNode().add(object)));
        }
        String path = pathWith(op, op.in("path").isEmpty() ? null : invalid && random.nextBoolean() ? anyRealId() : missingId());
        return request(family, op, path, JSON_TYPE, bytes(object));
    }

    private FuzzCase hugeBody() {
        Operation op = pick(withBody.isEmpty() ? operations : withBody);
        byte[] body = new byte[10 * 1024 * 1024 + 1024];
        byte[] head = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - 2, (byte) 'a');
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return request(HUGE_BODY, op, pathWith(op, missingId()), JSON_TYPE, body);
    }

    private FuzzCase invalidUtf8() {
        List<byte[]> bad = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                                   new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                   new byte[] {(byte) 0xE1, (byte) 0xBB}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80});
        byte[] b = pick(bad);
        if (!withQuery.isEmpty() && random.nextInt(3) == 0) {
            Operation op = pick(withQuery);
            StringBuilder escaped = new StringBuilder();
            for (byte x : b) {
                escaped.append('%').append(String.format("%02X", x & 0xFF));
            }
            return request("invalid-utf8", op, pathWith(op, anyId(op)) + "?" + pick(op.in("query")).name() + "=H" + escaped, null, null);
        }
        Operation op = pick(withBody.isEmpty() ? operations : withBody);
        JsonNode example = JSON.valueToTree(example(op.bodySchema(), 0));
        String text = example instanceof ObjectNode o ? safetyNetted(o, op.bodySchema()).toString() : "{\"name\":\"\"}";
        int quote = text.indexOf("\":\"");
        int at = quote < 0 ? text.length() / 2 : quote + 3;
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + b.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(b, 0, body, head.length, b.length);
        System.arraycopy(tail, 0, body, head.length + b.length, tail.length);
        String path = pathWith(op, op.in("path").isEmpty() ? null : missingId());
        return request("invalid-utf8", op, path, random.nextBoolean() ? JSON_TYPE : "application/json; charset=UTF-8", body);
    }

    private FuzzCase vietnamese() {
        Operation op = pick(withQuery.isEmpty() ? gets : withQuery);
        String value = pick(VIETNAMESE);
        if (op.in("query").isEmpty()) {
            return request("vietnamese", op, pathWith(op, encode(value)), null, null);
        }
        return request("vietnamese", op, pathWith(op, anyId(op)) + query(pick(op.in("query")).name(), value), null, null);
    }

    private FuzzCase injection() {
        String value = pick(INJECTION);
        int kind = random.nextInt(4);
        if (kind == 0 && !withBody.isEmpty()) {
            Operation op = pick(withBody);
            JsonNode body = JSON.valueToTree(example(op.bodySchema(), 0));
            if (body instanceof ObjectNode object) {
                List<String> paths = leafPaths(op.bodySchema(), "", 0);
                String target = paths.isEmpty() ? "name" : pick(paths);
                set(object, target, parseOrText(pick(INJECTION.subList(0, 3))));
                boolean invalid = safetyNet(object, op.bodySchema(), null);
                JsonNode sent = invalid || !op.in("path").isEmpty() ? object : F.arrayNode().add(object);
                return request("mongo-injection", op, pathWith(op, op.in("path").isEmpty() ? null : missingId()), JSON_TYPE, bytes(sent));
            }
        }
        if (kind == 1 && !withPathParams.isEmpty()) {
            Operation op = pick(gets.stream().filter(o -> !o.in("path").isEmpty()).toList().isEmpty() ? withPathParams
                                : gets.stream().filter(o -> !o.in("path").isEmpty()).toList());
            return request("mongo-injection", op, pathWith(op, encode(value)), op.mutation() ? JSON_TYPE : null,
                           op.mutation() ? "{".getBytes(StandardCharsets.UTF_8) : null);
        }
        Operation op = pick(withQuery.isEmpty() ? gets : withQuery);
        String name = op.in("query").isEmpty() ? "q" : pick(op.in("query")).name();
        String q = kind == 2 ? "?" + encode(name) + "%5B%24ne%5D=1&" + encode(name) + "%5B%24where%5D=1" : query(name, value);
        return request("mongo-injection", op, pathWith(op, anyId(op)) + q, null, null);
    }

    private FuzzCase traversal() {
        String t = pick(TRAVERSAL);
        if (withPathParams.isEmpty() || random.nextInt(3) == 0) {
            Operation op = pick(operations);
            String prefix = "/api/" + op.service() + "/";
            String path = pick(List.of(prefix + t + "/" + t + "/actuator/env", prefix + "..%2f..%2factuator%2fenv",
                                       "/api/" + t + "/membership", prefix + "%2e%2e/%2e%2e/actuator/heapdump",
                                       op.path().replaceAll("\\{[^}]+}", t) + "/" + t, prefix + "v3/api-docs/" + t));
            return request("path-traversal", op, path, null, null);
        }
        Operation op = pick(withPathParams);
        return request("path-traversal", op, pathWith(op, t), op.mutation() ? JSON_TYPE : null,
                       op.mutation() ? "{\"x\"".getBytes(StandardCharsets.UTF_8) : null);
    }

    private FuzzCase idProbe() {
        if (withPathParams.isEmpty()) {
            return traversal();
        }
        Operation op = pick(withPathParams);
        String id = pick(List.of(missingId(), missingId(), "0", "-1", "null", "undefined", "%20", "a".repeat(5000),
                                 UUID.randomUUID().toString().toUpperCase(), "00000000-0000-0000-0000-000000000000",
                                 "000000000000000000000000", realIds.isEmpty() ? missingId() : realIds.get(0) + "x"));
        if (!op.mutation()) {
            // real ids under the wrong operation (an organisation id where another kind of id is expected, and so on)
            if (!realIds.isEmpty() && random.nextBoolean()) {
                id = anyRealId();
            }
            return request("id-probing", op, pathWith(op, id), null, null);
        }
        return request("id-probing", op, pathWith(op, id), JSON_TYPE,
                       op.bodySchema() == null ? null : "{\"expectedVersion\":".getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- schema helpers

    /** A plausible value for {@code schema}; never meant to be sent unmodified to a mutating operation. */
    static Object example(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return "x";
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return JSON.convertValue(schema.get("enum").get(0), Object.class);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    map.put(p.getKey(), example(p.getValue(), depth + 1));
                }
                return map;
            }
            case "array" -> {
                return List.of(example(schema.path("items"), depth + 1));
            }
            case "integer", "number" -> {
                return 1;
            }
            case "boolean" -> {
                return true;
            }
            default -> {
                String format = schema.path("format").asText("");
                return format.equals("date") ? "2020-01-15" : format.equals("date-time") ? "2020-01-15T00:00:00Z"
                        : format.equals("uuid") ? UUID.randomUUID().toString() : "Thử nghiệm";
            }
        }
    }

    private static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** Dotted paths of every property, nested objects included. */
    private static List<String> leafPaths(JsonNode schema, String prefix, int depth) {
        List<String> out = new ArrayList<>();
        if (schema == null || depth > 4) {
            return out;
        }
        schema.path("properties").fields().forEachRemaining(e -> {
            String p = prefix + e.getKey();
            out.add(p);
            out.addAll(leafPaths(e.getValue(), p + ".", depth + 1));
        });
        return out;
    }

    private static JsonNode schemaAt(JsonNode schema, String path) {
        JsonNode s = schema;
        for (String part : path.split("\\.")) {
            s = s.path("properties").path(part);
        }
        return s;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode o = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = o.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = o.putObject(parts[i]);
            }
            o = (ObjectNode) child;
        }
        o.set(parts[parts.length - 1], value);
    }

    /**
     * Nulls one required top-level property other than the one holding the defect, so the request can never be valid.
     * {@code defect}: the property whose defect surely invalidates the body on its own ("" = the defect is a removed
     * required property), or null when the defect might be accepted. Returns whether the body is now surely invalid.
     */
    private boolean safetyNet(ObjectNode body, JsonNode schema, String defect) {
        List<String> required = required(schema);
        if ("".equals(defect)) {
            return required.stream().anyMatch(r -> !body.has(r)) || nullOne(body, required);
        }
        String top = defect == null ? "\u0000" : defect.split("\\.")[0];
        List<String> others = required.stream().filter(r -> !r.equals(top)).toList();
        if (!others.isEmpty()) {
            body.putNull(pick(others));
            return true;
        }
        return defect != null && required.contains(top);
    }

    private boolean nullOne(ObjectNode body, List<String> required) {
        if (required.isEmpty()) {
            return false;
        }
        body.putNull(pick(required));
        return true;
    }

    private ObjectNode safetyNetted(ObjectNode body, JsonNode schema) {
        safetyNet(body, schema, null);
        return body;
    }

    private JsonNode wrongType(JsonNode schema) {
        String type = schema == null ? "string" : schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "string" -> random.nextBoolean() ? F.objectNode().put("a", 1) : F.arrayNode().add(1).add("x");
            case "integer", "number" -> pick(List.of(F.textNode("mười"), F.booleanNode(true), F.objectNode()));
            case "boolean" -> F.textNode("có lẽ");
            case "array" -> F.objectNode().put("length", 1);
            default -> F.numberNode(42);
        };
    }

    private String pickStringPath(JsonNode schema, List<String> paths) {
        List<String> strings = paths.stream().filter(p -> schemaAt(schema, p).path("type").asText("").equals("string")).toList();
        return strings.isEmpty() ? null : pick(strings);
    }

    private String pickTyped(JsonNode schema, List<String> paths, String... types) {
        List<String> typed = paths.stream().filter(p -> List.of(types).contains(schemaAt(schema, p).path("type").asText(""))).toList();
        return typed.isEmpty() ? null : pick(typed);
    }

    private String pickFormat(JsonNode schema, List<String> paths) {
        List<String> dated = paths.stream().filter(p -> schemaAt(schema, p).path("format").asText("").startsWith("date")).toList();
        return dated.isEmpty() ? null : pick(dated);
    }

    private static JsonNode nested(int depth) {
        JsonNode inner = F.textNode("đáy");
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                ArrayNode a = F.arrayNode();
                a.add(inner);
                inner = a;
            } else {
                ObjectNode o = F.objectNode();
                o.set("a", inner);
                inner = o;
            }
        }
        return inner;
    }

    private static JsonNode numberNode(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (Exception e) {
            return F.textNode(literal);
        }
    }

    private static JsonNode parseOrText(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return F.textNode(text);
        }
    }

    // ---------------------------------------------------------------- requests

    private FuzzCase request(String family, Operation op, String path, String type, byte[] body) {
        boolean mutation = op.mutation();
        String method = op.method();
        return new FuzzCase(family, method, path, body == null && mutation ? JSON_TYPE : type,
                            body == null && mutation && !method.equals("DELETE") ? new byte[0] : body, mutation,
                            op.method() + " " + op.path());
    }

    /** The operation's path with every path variable set to {@code id} (or to an id that does not exist). */
    private String pathWith(Operation op, String id) {
        String value = id == null ? missingId() : id;
        return op.path().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
    }

    /** GETs may use real ids; mutations never do unless their body cannot parse (the caller decides). */
    private String anyId(Operation op) {
        return op.mutation() || realIds.isEmpty() || random.nextInt(3) == 0 ? missingId() : anyRealId();
    }

    private String anyRealId() {
        return realIds.isEmpty() ? missingId() : pick(realIds);
    }

    private static String missingId() {
        return UUID.randomUUID().toString();
    }

    private static String query(String name, String value) {
        return "?" + encode(name) + "=" + encode(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
