package vn.lienhiep.platform;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear RFC 9457 answer — never a 500, never an HTML page. */
class ProblemDetailsTest extends PlatformTestBase {

    @Test
    void fieldErrorsAre400WithTheField() {
        HttpJson.Response r = http.post("/api/platformtest/things", Map.of("label", ""));
        assertProblem(r, 400);
        assertThat(r.json().has("errors")).as(r.toString()).isTrue();
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("label");
        assertThat(r.json().get("requestId").asText()).isNotBlank();
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        assertProblem(http.post("/api/platformtest/things", "{\"label\": "), 400);
        HttpJson.Response wrongType = http.post("/api/platformtest/things", "{\"label\": {\"$ne\": null}}");
        assertProblem(wrongType, 400);
        assertThat(wrongType.json().has("errors")).as(wrongType.toString()).isTrue();
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("label");
    }

    @Test
    void businessRuleIs422WithTheRuleNamed() {
        HttpJson.Response r = http.post("/api/platformtest/things", Map.of("label", "forbidden"));
        assertProblem(r, 422);
        assertThat(r.json().get("rule").asText()).isEqualTo("test.label-forbidden");
        assertThat(r.json().get("detail").asText()).isEqualTo("Nhãn bị cấm.");
        assertThat(r.json().get("detailEn").asText()).isEqualTo("Label is forbidden.");
    }

    @Test
    void staleVersionIs409WithExpectedAndActual() {
        String id = http.post("/api/platformtest/things", Map.of("label", "v0")).json().get("id").asText();
        assertThat(http.post("/api/platformtest/things/" + id + "/label", Map.of("label", "v1"),
                             Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);
        HttpJson.Response stale = http.post("/api/platformtest/things/" + id + "/label", Map.of("label", "v2"),
                                            Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409);
        assertThat(stale.json().get("expectedVersion").asLong()).isZero();
        assertThat(stale.json().get("actualVersion").asLong()).isEqualTo(1);
    }

    @Test
    void malformedIfMatchIs400() {
        String id = http.post("/api/platformtest/things", Map.of("label", "x")).json().get("id").asText();
        assertProblem(http.post("/api/platformtest/things/" + id + "/label", Map.of("label", "y"),
                                Map.of("If-Match", "banana")), 400);
    }

    @Test
    void unknownAggregateAndUnknownPathAre404() {
        assertProblem(http.post("/api/platformtest/things/nope/label", Map.of("label", "y")), 404);
        assertProblem(http.get("/api/platformtest/missing/abc"), 404);
        assertProblem(http.get("/api/platformtest/no-such-endpoint"), 404);
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(http.send("DELETE", "/api/platformtest/things", null, Map.of()), 405);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"label\":\"" + "a".repeat(300 * 1024) + "\"}";
        assertProblem(http.post("/api/platformtest/things", huge), 413);
    }

    /** Found by ./lienhiep fuzz: a body that claims to be multipart but is not failed in the resolver with a 500. */
    @Test
    void aBodyThatIsNotTheMultipartItClaimsIs400() {
        HttpJson.Response noBoundary = http.sendBytes("POST", "/api/platformtest/things",
                                                      "/* c */ {}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                                      "multipart/form-data");
        assertProblem(noBoundary, 400);
        HttpJson.Response brokenParts = http.sendBytes("POST", "/api/platformtest/things",
                                                       "{\"a\":\"\\u12\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                                       "multipart/form-data; boundary=xyz");
        assertThat(brokenParts.status()).as(brokenParts.toString()).isBetween(400, 499);
        assertProblem(brokenParts, brokenParts.status());
    }

    private static void assertProblem(HttpJson.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
    }
}
