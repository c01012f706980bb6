package vn.lienhiep.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * THE class for {@code lienhiep.gateway}: where each bounded context's service lives, what the edge asks of them and
 * which browser origins may call. The routes in application.yml read the same service entries, so routing, the
 * aggregated health and the public paths can never disagree about a service's address. (Login and rate limits have
 * their own prefixes and classes: {@code lienhiep.gateway.login}, {@code lienhiep.gateway.rate-limit}.)
 *
 * @param services      context name (membership, review, ...) to the service's base URL
 * @param healthTimeout how long the aggregated health waits for one service before calling it DOWN
 * @param cors          cross-origin settings
 * @param publicAccess  how the gateway learns each service's public paths
 */
@ConfigurationProperties("lienhiep.gateway")
public record GatewayProperties(Map<String, URI> services, Duration healthTimeout, Cors cors,
                                PublicAccess publicAccess) {

    public GatewayProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(1) : healthTimeout;
        cors = cors == null ? new Cors(List.of()) : cors;
        publicAccess = publicAccess == null ? new PublicAccess(null, null, null) : publicAccess;
    }

    /** @param allowedOrigins exact origins (scheme://host[:port]); empty means no cross-origin access at all */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /**
     * The services' public rules ({@code GET /api/<context>/access/public}), read at start-up and then again.
     *
     * @param refresh how often a service that has answered is asked again (its table changes only with a release)
     * @param retry   how often a service that has not answered yet is asked; until then its paths stay closed
     * @param timeout how long one request for the rules may take
     */
    public record PublicAccess(Duration refresh, Duration retry, Duration timeout) {
        public PublicAccess {
            refresh = refresh == null ? Duration.ofMinutes(1) : refresh;
            retry = retry == null ? Duration.ofSeconds(5) : retry;
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        }
    }
}
