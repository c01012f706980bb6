package vn.lienhiep.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each bounded context's service lives. The routes in application.yml read the same entries, so routing and the
 * aggregated health can never disagree about a service's address.
 *
 * @param services      context name (membership, review, ...) to the service's base URL
 * @param healthTimeout how long the aggregated health waits for one service before calling it DOWN
 */
@ConfigurationProperties("lienhiep.gateway")
public record GatewayProperties(Map<String, URI> services, Duration healthTimeout) {

    public GatewayProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(1) : healthTimeout;
    }
}
