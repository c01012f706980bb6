package vn.lienhiep.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token buckets at the edge: one per authenticated user ({@code sub}), one per client address for anonymous calls.
 *
 * @param enabled                 off only for load tests
 * @param authenticatedPerSecond  sustained requests per second for a logged-in user
 * @param anonymousPerSecond      sustained requests per second for one anonymous address
 * @param burst                   bucket size: requests allowed at once after a quiet period
 * @param trustForwardedFor       key anonymous callers by the first X-Forwarded-For address (only behind a proxy
 *                                that sets it; otherwise any client could pick its own bucket)
 * @param maxKeys                 buckets kept in memory; the idlest go first when full
 * @param redis                   shared buckets for several gateway instances
 */
@ConfigurationProperties("lienhiep.gateway.rate-limit")
public record RateLimitProperties(Boolean enabled, Double authenticatedPerSecond, Double anonymousPerSecond,
                                  Integer burst, Boolean trustForwardedFor, Integer maxKeys, Redis redis) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        authenticatedPerSecond = authenticatedPerSecond == null ? 50.0 : authenticatedPerSecond;
        anonymousPerSecond = anonymousPerSecond == null ? 10.0 : anonymousPerSecond;
        burst = burst == null ? 100 : burst;
        trustForwardedFor = trustForwardedFor != null && trustForwardedFor;
        maxKeys = maxKeys == null ? 100_000 : maxKeys;
        redis = redis == null ? new Redis(null) : redis;
        if (authenticatedPerSecond <= 0 || anonymousPerSecond <= 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("lienhiep.gateway.rate-limit: rates must be > 0, burst and max-keys >= 1");
        }
    }

    /** @param url e.g. redis://host:6379/0; when empty the buckets live in this gateway's memory */
    public record Redis(String url) {
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
