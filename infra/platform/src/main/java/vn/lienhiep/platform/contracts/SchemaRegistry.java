package vn.lienhiep.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of every public event, read from {@code schemas/} on the classpath (the infra/contracts jar).
 * Used by the publisher (never emit an invalid event) and by consumers (never trust one).
 */
public class SchemaRegistry {

    private static final String ROOT = "schemas/";
    /** Schema ids are identifiers, not addresses: they resolve to the copies on the classpath, never to the network. */
    public static final String ID_PREFIX = "https://schemas.lienhiep.vn/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:" + ROOT)));
    private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    /** @param schemaPath e.g. {@code membership/organization-admitted.v1.json} */
    public void validate(String schemaPath, byte[] data) {
        JsonNode node;
        try {
            node = json.readTree(data);
        } catch (IOException e) {
            throw new SchemaViolationException(schemaPath, Set.of("not JSON: " + e.getMessage()));
        }
        validate(schemaPath, node);
    }

    public void validate(String schemaPath, JsonNode node) {
        Set<ValidationMessage> messages = schema(schemaPath).validate(node);
        if (!messages.isEmpty()) {
            throw new SchemaViolationException(schemaPath,
                    messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
    }

    public boolean exists(String schemaPath) {
        return getClass().getClassLoader().getResource(ROOT + schemaPath) != null;
    }

    private JsonSchema schema(String schemaPath) {
        return cache.computeIfAbsent(schemaPath, path -> {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + path)) {
                if (in == null) {
                    throw new SchemaViolationException(path, Set.of("no schema " + ROOT + path + " on the classpath"));
                }
                return factory.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + path, e);
            }
        });
    }

    public static class SchemaViolationException extends RuntimeException {
        private final String schemaPath;
        private final Set<String> violations;

        public SchemaViolationException(String schemaPath, Set<String> violations) {
            super("payload violates " + schemaPath + ": " + violations);
            this.schemaPath = schemaPath;
            this.violations = violations;
        }

        public String schemaPath() {
            return schemaPath;
        }

        public Set<String> violations() {
            return violations;
        }
    }
}
