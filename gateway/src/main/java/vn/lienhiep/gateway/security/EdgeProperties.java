package vn.lienhiep.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the edge lets through without a login, and which browser origins may call the API.
 *
 * @param publicPaths anonymous-allowed paths, each {@code "/pattern"} (any method) or {@code "GET /pattern"}
 * @param cors        cross-origin settings
 */
@ConfigurationProperties("lienhiep.gateway")
public record EdgeProperties(List<String> publicPaths, Cors cors) {

    public EdgeProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        cors = cors == null ? new Cors(List.of()) : cors;
    }

    /** @param allowedOrigins exact origins (scheme://host[:port]); empty means no cross-origin access at all */
    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }
}
