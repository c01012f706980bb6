package vn.lienhiep.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * What a validated bearer token becomes: a {@link JwtAuthenticationToken} (so Spring's own checks work unchanged) that
 * also carries the {@link TokenIdentity} read with the configured claim names. Code that asks who is calling reads the
 * identity from here instead of reading claims again, possibly under other names.
 */
public final class TokenAuthentication extends JwtAuthenticationToken {

    private final TokenIdentity identity;

    public TokenAuthentication(Jwt jwt, TokenIdentity identity) {
        super(jwt, identity.authorities(), jwt.getSubject());
        this.identity = identity;
    }

    public TokenIdentity identity() {
        return identity;
    }

    /** For {@code oauth2ResourceServer().jwt().jwtAuthenticationConverter(...)}. */
    public static final class Converter
            implements org.springframework.core.convert.converter.Converter<Jwt, AbstractAuthenticationToken> {

        private final SecurityProperties properties;

        public Converter(SecurityProperties properties) {
            this.properties = properties;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            return new TokenAuthentication(jwt, TokenIdentity.of(jwt.getClaims(), properties));
        }
    }
}
