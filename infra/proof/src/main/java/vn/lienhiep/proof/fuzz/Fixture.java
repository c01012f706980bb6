package vn.lienhiep.proof.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place that knows membership field names: a few valid organisations, so id probing and path variables have
 * real ids to aim at. Loaded before the "before" snapshot, so they are part of the baseline.
 */
final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixture() {
    }

    static List<String> load(HttpClient http, String gateway, Supplier<String> authorization, String run, int organisations)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= organisations; n++) {
            Map<String, Object> admission = new LinkedHashMap<>();
            admission.put("number", "FZ-" + n + "/QĐ-LHH");
            admission.put("date", "2020-01-15");
            admission.put("issuedBy", "BCH");
            admission.put("signer", "Chủ tịch");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "Hội thử nghiệm đầu vào độc hại " + run + " số " + n);
            body.put("kind", "SPECIALISED_ASSOCIATION");
            body.put("field", "Thử nghiệm");
            body.put("admission", admission);
            HttpResponse<String> r = null;
            for (int attempt = 0; attempt < 20 && (r == null || r.statusCode() >= 500); attempt++) {
                r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/membership/organizations/existing-members"))
                                         .header("Authorization", authorization.get())
                                         .header("Content-Type", "application/json")
                                         .header("Idempotency-Key", "fuzz-fixture-" + run + "-" + n)
                                         .timeout(Duration.ofSeconds(30))
                                         .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                              HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 500) {
                    Thread.sleep(500);
                }
            }
            if (r.statusCode() != 201) {
                throw new IllegalStateException("fixture organisation " + n + " refused: " + r.statusCode() + " " + r.body());
            }
            JsonNode created = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            String id = created.path("id").asText(null);
            if (id == null) {
                String location = r.headers().firstValue("Location").orElseThrow();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            ids.add(id);
        }
        return ids;
    }
}
