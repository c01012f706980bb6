package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.HttpJson;

class ContractsTest extends GatewayTestBase {

    @Test
    void servesTheContractJarsSchemas() throws IOException {
        for (String schema : new String[] {"membership/organization-admitted.v1.json", "common/decision.v1.json"}) {
            HttpJson.Response response = anonymous.get("/schemas/" + schema);

            assertThat(response.status()).as(schema).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("application/schema+json");
            assertThat(response.body()).isEqualTo(classpath("/schemas/" + schema));
            assertThat(response.json().get("$schema").asText()).contains("2020-12");
        }
    }

    @Test
    void anAbsentSchemaIsA404Problem() {
        HttpJson.Response response = anonymous.get("/schemas/membership/no-such-event.v1.json");

        assertThat(response.status()).isEqualTo(404);
        GatewayRoutingTest.assertGatewayProblemShape(response, "/schemas/membership/no-such-event.v1.json");
    }

    /** application.yml sits on the same class path one folder up: none of these may reach it. */
    @Test
    void pathTraversalCannotLeaveTheSchemasFolder() {
        String[] attempts = {
            "/schemas/../application.yml",
            "/schemas/membership/../../application.yml",
            "/schemas/%2e%2e/application.yml",
            "/schemas/%2E%2E/%2E%2E/application.yml",
            "/schemas/..%2fapplication.yml",
            "/schemas/%252e%252e/application.yml",
            "/schemas/%252e%252e%252fapplication.yml",
            "/schemas/..%5capplication.yml",
            "/schemas/....//application.yml",
            "/schemas//application.yml",
            "/schemas/.json",
            "/schemas/membership/",
            "/schemas/membership",
        };
        for (String attempt : attempts) {
            HttpJson.Response response = http.get(attempt);

            assertThat(response.status()).as(attempt + " " + response.body()).isIn(400, 404);
            assertThat(response.contentType()).as(attempt).startsWith("application/problem+json");
            assertThat(response.body()).as(attempt).doesNotContain("spring:").doesNotContain("webmvc");
        }
    }

    @Test
    void servesTheAsyncApiDocumentOnceTheContractsCarryIt() throws IOException {
        HttpJson.Response response = anonymous.get("/asyncapi.yaml");

        String expected = classpath("/asyncapi.yaml");
        if (expected == null) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        } else {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("application/yaml");
            assertThat(response.body()).isEqualTo(expected);
        }
    }

    private static String classpath(String resource) throws IOException {
        try (InputStream in = ContractsTest.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
