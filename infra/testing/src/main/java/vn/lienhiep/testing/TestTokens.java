package vn.lienhiep.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.lienhiep.contracts.security.Claims;
import vn.lienhiep.contracts.security.Role;

/**
 * A test identity provider: a real RSA key, a real JWKS endpoint on loopback, and real signed JWTs, so a service under
 * test validates tokens exactly as it does in production (signature, issuer, audience, expiry) without the
 * authorization server running. One per JVM, like {@link TestInfrastructure}.
 *
 * <pre>{@code
 * TestTokens.shared().register(registry);                    // in @DynamicPropertySource
 * String bearer = TestTokens.shared().user("staff").roles(Role.UNION_STAFF).sign();
 * }</pre>
 */
public final class TestTokens {

    private static TestTokens shared;

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final String issuer;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(); // same kid, other key: tampering
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/oauth2/jwks\"}";
            server.createContext("/oauth2/jwks", exchange -> respond(exchange, jwks));
            server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
            server.setExecutor(null);
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** Points a service (infra/platform's resource server) or the gateway at this provider. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.security.issuer", this::issuer);
        registry.add("lienhiep.security.jwk-set-uri", this::jwkSetUri);
    }

    public Builder user(String username) {
        return new Builder(username);
    }

    /** The value of an Authorization header for a user with these roles. */
    public String bearer(String username, Role... roles) {
        return "Bearer " + user(username).roles(roles).sign();
    }

    public final class Builder {
        private final String username;
        private final List<String> roles = new ArrayList<>();
        private String organization;
        private String requester;
        private final Map<String, Object> extraClaims = new java.util.LinkedHashMap<>();
        private String tokenIssuer = issuer;
        private List<String> audience = List.of(Claims.AUDIENCE);
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private boolean foreign;
        private String rolesClaim = Claims.ROLES;

        private Builder(String username) {
            this.username = username;
        }

        public Builder roles(Role... granted) {
            Arrays.stream(granted).map(Role::name).forEach(roles::add);
            return this;
        }

        /** A role name as some other provider spells it, e.g. "union-staff" or a role that is not ours. */
        public Builder rawRole(String name) {
            roles.add(name);
            return this;
        }

        /** Puts the roles at a dotted claim path instead of the flat claim, e.g. Keycloak's "realm_access.roles". */
        public Builder rolesAt(String claimPath) {
            this.rolesClaim = claimPath;
            return this;
        }

        public Builder organization(String organizationId) {
            this.organization = organizationId;
            return this;
        }

        public Builder requester(String requesterId) {
            this.requester = requesterId;
            return this;
        }

        /** The person the user is (membership's person id), in the {@code person} claim. */
        public Builder person(String personId) {
            return claim(Claims.PERSON, personId);
        }

        /** The expert the user is (membership's expert id), in the {@code expert} claim: to act as that expert. */
        public Builder expert(String expertId) {
            return claim(Claims.EXPERT, expertId);
        }

        /**
         * Any other claim, at a dotted path (nested objects), e.g. an identity claim as another provider names it;
         * replaces a standard claim of the same name.
         */
        public Builder claim(String path, Object value) {
            extraClaims.put(path, value);
            return this;
        }

        public Builder issuer(String otherIssuer) {
            this.tokenIssuer = otherIssuer;
            return this;
        }

        public Builder audience(String... audiences) {
            this.audience = List.of(audiences);
            return this;
        }

        public Builder expiredSince(Duration ago) {
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** Signed by a key the provider never published (same key id): what a forger would produce. */
        public Builder signedByForeignKey() {
            this.foreign = true;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject("user-" + username)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                    .notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim(Claims.USERNAME, username)
                    .claim(Claims.DISPLAY_NAME, username);
            String[] path = rolesClaim.split("\\.");
            Object value = List.copyOf(roles);
            for (int i = path.length - 1; i > 0; i--) {
                value = Map.of(path[i], value);
            }
            claims.claim(path[0], value);
            if (organization != null) {
                claims.claim(Claims.ORGANIZATION, organization);
            }
            if (requester != null) {
                claims.claim(Claims.REQUESTER, requester);
            }
            nested(extraClaims).forEach(claims::claim);
            RSAKey signing = foreign ? foreignKey : key;
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(signing));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        public String bearer() {
            return "Bearer " + sign();
        }

        /** Dotted paths to nested objects; two paths under one parent ({@code a.x}, {@code a.y}) share it. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> nested(Map<String, Object> paths) {
            Map<String, Object> root = new java.util.LinkedHashMap<>();
            paths.forEach((path, value) -> {
                String[] parts = path.split("\\.");
                Map<String, Object> node = root;
                for (int i = 0; i < parts.length - 1; i++) {
                    node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new java.util.LinkedHashMap<>());
                }
                node.put(parts[parts.length - 1], value);
            });
            return root;
        }
    }

    /** Flips one character of the signature: a token that was valid and is no longer. */
    public static String tampered(String token) {
        int last = token.length() - 2;
        char c = token.charAt(last);
        return token.substring(0, last) + (c == 'A' ? 'B' : 'A') + token.substring(last + 1);
    }
}
