package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.lienhiep.testing.HttpJson;

class GatewayRoutingTest extends GatewayTestBase {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /**
     * The gateway re-encodes the query from the parsed parameters (Spring Cloud Gateway MVC rebuilds it), so the bytes
     * and the order of different names may change; every name keeps its values, in order, with the same meaning.
     */
    @Test
    void eachContextReachesItsOwnServiceWithPathAndQueryUnchanged() {
        String query = "q=Nguy%E1%BB%85n+V%C4%83n&page=2&sort=name,asc&status=ACTIVE&status=SUSPENDED&note=a%26b%3Dc%2B";
        for (StubService service : new StubService[] {MEMBERSHIP, REVIEW, CONTEST}) {
            String context = service == MEMBERSHIP ? "membership" : service == REVIEW ? "review" : "contest";
            String path = "/api/" + context + "/things/" + UUID.randomUUID();

            HttpJson.Response response = http.get(path + "?" + query);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("service").asText()).isEqualTo(context);
            assertThat(service.last().path()).isEqualTo(path);
            assertThat(decoded(service.last().rawQuery())).isEqualTo(decoded(query))
                    .containsEntry("q", List.of("Nguyễn Văn"))
                    .containsEntry("status", List.of("ACTIVE", "SUSPENDED"))
                    .containsEntry("note", List.of("a&b=c+"));
        }
    }

    @Test
    void commandHeadersReachTheServiceAndItsAnswerHeadersReachTheClient() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Hội Tin học Sơn La\"}";

        HttpJson.Response response = http.send("POST", "/api/membership/organizations", body,
                Map.of("Idempotency-Key", key, "If-Match", "\"3\"", "X-Acting-User", "staff-7",
                       "Content-Type", "application/json"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        StubService.Received received = MEMBERSHIP.last();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("Idempotency-Key")).isEqualTo(key);
        assertThat(received.header("If-Match")).isEqualTo("\"3\"");
        assertThat(received.header("X-Acting-User")).as("a client cannot claim an identity").isNull();
        assertThat(received.body()).isEqualTo(body);
        assertThat(response.header("ETag")).isEqualTo("\"7\"");
        assertThat(response.header("Location")).isEqualTo("/api/membership/organizations/42");
        assertThat(response.header("Idempotent-Replayed")).isEqualTo("true");
    }

    /** Bulk imports upload spreadsheets: the gateway must hand the multipart body over byte for byte, not re-encode it. */
    @Test
    void aFileUploadReachesTheServiceUnchanged() {
        String boundary = "----lienhiep" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"hoi-vien.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "ten,ma_so\r\nHội Luật gia,001\r\nHội Nông học,002\r\n"
                + "--" + boundary + "--\r\n";
        String contentType = "multipart/form-data; boundary=" + boundary;

        HttpJson.Response response = http.sendBytes("POST", "/api/membership/imports/organizations",
                                                    multipart.getBytes(StandardCharsets.UTF_8), contentType);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(MEMBERSHIP.last().body()).isEqualTo(multipart);
        // Re-serialised by the gateway (spacing, an added charset); what the service parses by must be the same.
        MediaType forwarded = MediaType.parseMediaType(MEMBERSHIP.last().header("Content-Type"));
        assertThat(forwarded.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)).isTrue();
        assertThat(forwarded.getParameter("boundary")).isEqualTo(boundary);
    }

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceSeesToo() {
        HttpJson.Response response = http.get("/api/review/requests");

        String id = response.header("X-Request-Id");
        assertThat(id).matches(UUID_PATTERN);
        assertThat(REVIEW.last().header("X-Request-Id")).isEqualTo(id);
        assertThat(response.raw().headers().allValues("X-Request-Id")).hasSize(1);
    }

    /** One trace from the gateway into the service: the service receives the caller's trace id in a new span. */
    @Test
    void theCallersTraceContinuesIntoTheService() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = traceId.substring(0, 16);

        http.send("GET", "/api/review/requests", null, Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));

        String forwarded = REVIEW.last().header("traceparent");
        assertThat(forwarded).startsWith("00-" + traceId + "-").doesNotEndWith("-" + callerSpan + "-01");

        // Without one, the gateway starts the trace: the service still gets a traceparent.
        http.get("/api/review/requests");
        assertThat(REVIEW.last().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                                                        .doesNotContain(traceId);
    }

    @Test
    void aRefusedRequestNamesItsTraceInTheProblem() {
        String traceId = UUID.randomUUID().toString().replace("-", "");

        HttpJson.Response response = anonymous.send("GET", "/api/review/requests", null,
                Map.of("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("traceId").asText()).isEqualTo(traceId);
    }

    @Test
    void aSaneIncomingIdIsKept() {
        String id = "client-" + UUID.randomUUID() + ":retry.2";

        HttpJson.Response response = http.send("GET", "/api/contest/editions", null, Map.of("X-Request-Id", id));

        assertThat(response.header("X-Request-Id")).isEqualTo(id);
        assertThat(CONTEST.last().header("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void anInsaneIncomingIdIsReplacedNotForwarded() {
        for (String insane : new String[] {"has spaces in it", "x".repeat(101), "<script>", "a/b"}) {
            HttpJson.Response response = http.send("GET", "/api/membership/persons", null,
                                                   Map.of("X-Request-Id", insane));

            String id = response.header("X-Request-Id");
            assertThat(id).as(insane).matches(UUID_PATTERN);
            assertThat(MEMBERSHIP.last().header("X-Request-Id")).as(insane).isEqualTo(id);
        }
    }

    @Test
    void aServiceProblemPassesThroughUntouched() {
        HttpJson.Response response = http.post("/api/membership/persons/problem", Map.of("fullName", "Lò Văn A"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).isEqualTo(StubService.PROBLEM_BODY);
    }

    @Test
    void aStoppedServiceIsA503ProblemWithRetryAfter() {
        HttpJson.Response response = http.get("/api/honours/rounds");

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:service-unavailable");
        assertGatewayProblemShape(response, "/api/honours/rounds");
        assertThat(problem.get("service").asText()).isEqualTo("honours");
    }

    @Test
    void aServiceTooSlowToAnswerIsA504Problem() {
        HttpJson.Response response = http.get("/api/review/reports/slow");

        assertThat(response.status()).as(response.body()).isEqualTo(504);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:gateway-timeout");
        assertGatewayProblemShape(response, "/api/review/reports/slow");
    }

    @Test
    void anUnknownPathIsA404ProblemEvenForABrowser() {
        for (String path : new String[] {"/api/finance/invoices", "/api", "/console/no-such-page.js", "/admin"}) {
            HttpJson.Response response = http.send("GET", path, null, Map.of("Accept", "text/html"));

            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertGatewayProblemShape(response, path);
        }
    }

    /** The web console (infra/console) is the gateway's only static content, served to anyone at the root. */
    @Test
    void theConsoleIsServedAtTheRootWithoutLoginUnderTheContentSecurityPolicy() {
        HttpJson.Response root = http.send("GET", "/", null, Map.of("Accept", "text/html"));
        assertThat(root.status()).as(root.body()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.body()).contains("<script type=\"module\" src=\"/console/app.js\"></script>");
        assertThat(root.header("Content-Security-Policy")).contains("default-src 'self'");

        HttpJson.Response script = http.get("/console/core/api.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        HttpJson.Response words = http.get("/console/i18n/messages_vi.properties");
        assertThat(words.status()).isEqualTo(200);
        assertThat(words.body()).contains("session.signIn=Đăng nhập");
    }

    @Test
    void aWrongMethodOnTheGatewaysOwnEndpointIsAProblemToo() {
        HttpJson.Response response = http.post("/schemas/common/decision.v1.json", Map.of());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertGatewayProblemShape(response, "/schemas/common/decision.v1.json");
    }

    private static Map<String, List<String>> decoded(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    static void assertGatewayProblemShape(HttpJson.Response response, String instance) {
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        assertThat(problem.get("title").asText()).contains(" / ");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("detailEn").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(instance);
        assertThat(problem.get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
