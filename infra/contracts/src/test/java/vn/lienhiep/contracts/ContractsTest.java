package vn.lienhiep.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract as a whole: every schema is valid 2020-12 with an $id matching its path, every event schema is
 * in the AsyncAPI document and every message there points at an existing schema, and no published schema changed
 * incompatibly since the last release (the baseline under src/test/resources/released/).
 */
class ContractsTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final Path RELEASED = Path.of("src/test/resources/released/0.1.0/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySchemaIsAValid2020_12SchemaWithAnIdMatchingItsPath() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (Path file : schemaFiles(SCHEMAS)) {
            JsonNode schema = JSON.readTree(file.toFile());
            String relative = SCHEMAS.relativize(file).toString().replace('\\', '/');
            assertThat(schema.path("$schema").asText()).as(relative).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).as(relative).isEqualTo("https://schemas.lienhiep.vn/" + relative);
            assertThat(relative).as("versioned file name").matches(".*\\.v\\d+\\.json");
            assertThat(factory.getSchema(schema)).as(relative).isNotNull();
        }
    }

    @Test
    void theAsyncApiDocumentListsEveryEventSchemaAndOnlyExistingOnes() throws IOException {
        JsonNode asyncapi = new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/main/resources/asyncapi.yaml").toFile());
        assertThat(asyncapi.path("asyncapi").asText()).startsWith("3.");
        Set<String> referenced = new TreeSet<>();
        asyncapi.path("components").path("messages").forEach(message -> {
            String ref = message.path("payload").path("$ref").asText();
            assertThat(ref).as(message.path("name").asText()).startsWith("schemas/");
            referenced.add(ref.substring("schemas/".length()));
            // the message name is the CloudEvents type: vn.lienhiep.<context>.<event>.v<n> ↔ <context>/<event>.v<n>.json
            String type = message.path("name").asText();
            String[] parts = type.split("\\.");
            assertThat(ref).as(type).isEqualTo("schemas/" + parts[2] + "/" + parts[3] + "." + parts[4] + ".json");
        });
        Set<String> eventSchemas = new TreeSet<>();
        for (Path file : schemaFiles(SCHEMAS)) {
            String relative = SCHEMAS.relativize(file).toString().replace('\\', '/');
            if (!relative.startsWith("common/")) {
                eventSchemas.add(relative);
            }
        }
        assertThat(referenced).isEqualTo(eventSchemas);
        // each channel's messages exist in components
        asyncapi.path("channels").forEach(channel -> channel.path("messages").forEach(m -> {
            String ref = m.path("$ref").asText();
            assertThat(ref).startsWith("#/");
            assertThat(asyncapi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }));
    }

    @Test
    void noReleasedSchemaChangedIncompatiblyOrDisappeared() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path released : schemaFiles(RELEASED)) {
            Path current = SCHEMAS.resolve(RELEASED.relativize(released).toString());
            if (!Files.exists(current)) {
                problems.add(RELEASED.relativize(released) + ": released schema removed");
                continue;
            }
            SchemaCompatibility.problems(JSON.readTree(released.toFile()), JSON.readTree(current.toFile()))
                               .forEach(p -> problems.add(RELEASED.relativize(released) + " " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCompatibilityCheckCatchesBreakingChanges() throws IOException {
        JsonNode released = JSON.readTree("""
                {"type":"object","required":["id","status"],"properties":{
                  "id":{"type":"string","minLength":1},
                  "status":{"type":"string","enum":["ACTIVE","SUSPENDED"]},
                  "count":{"type":"integer"}}}""");
        assertThat(SchemaCompatibility.problems(released, released)).isEmpty();
        assertThat(SchemaCompatibility.problems(released, JSON.readTree("""
                {"type":"object","required":["id","status"],"properties":{
                  "id":{"type":"string","minLength":1,"description":"now documented"},
                  "status":{"type":"string","enum":["SUSPENDED","ACTIVE"]},
                  "count":{"type":"integer"},
                  "note":{"type":"string"}}}"""))).as("optional property added, enum reordered").isEmpty();
        assertThat(SchemaCompatibility.problems(released, JSON.readTree("""
                {"type":"object","required":["id","status"],"properties":{
                  "id":{"type":"string","minLength":1},"status":{"type":"string","enum":["ACTIVE","SUSPENDED"]}}}""")))
                .singleElement().asString().contains("count: removed");
        assertThat(SchemaCompatibility.problems(released, JSON.readTree("""
                {"type":"object","required":["id","status","count"],"properties":{
                  "id":{"type":"string","minLength":1},"status":{"type":"string","enum":["ACTIVE","SUSPENDED"]},
                  "count":{"type":"string"}}}""")))
                .hasSize(2).anySatisfy(p -> assertThat(p).contains("required changed"))
                .anySatisfy(p -> assertThat(p).contains("$.count: type changed"));
        assertThat(SchemaCompatibility.problems(released, JSON.readTree("""
                {"type":"object","required":["id","status"],"properties":{
                  "id":{"type":"string","minLength":3},"status":{"type":"string","enum":["ACTIVE","SUSPENDED","GONE"]},
                  "count":{"type":"integer"}}}""")))
                .hasSize(2).anySatisfy(p -> assertThat(p).contains("minLength tightened"))
                .anySatisfy(p -> assertThat(p).contains("enum changed"));
    }

    private static List<Path> schemaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
