package vn.lienhiep.gateway.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service as the gateway sees it: its own /actuator/health, asked with a short timeout so that one hanging service
 * cannot stall the gateway's health page. The service's status is reported as it is (UP, DOWN, OUT_OF_SERVICE...).
 */
public class ServiceHealthIndicator implements HealthIndicator {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final URI baseUrl;
    private final URI healthUrl;
    private final Duration timeout;
    private final HttpClient client;

    public ServiceHealthIndicator(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.healthUrl = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/actuator/health");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(healthUrl).timeout(timeout)
                                                                   .header("Accept", "application/json").GET().build(),
                                                        HttpResponse.BodyHandlers.ofString());
            String status = statusOf(response.body());
            health = status == null ? Health.down() : Health.status(status);
            health.withDetail("serviceStatus", status == null ? "UNKNOWN" : status)
                  .withDetail("httpStatus", response.statusCode());
        } catch (IOException e) {
            health = Health.down().withDetail("error", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            health = Health.down().withDetail("error", "interrupted");
        }
        return health.withDetail("url", baseUrl.toString()).build();
    }

    private static String statusOf(String body) {
        try {
            JsonNode status = JSON.readTree(body).get("status");
            return status != null && status.isString() && !status.asString().isBlank() ? status.asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
