package vn.lienhiep.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** The one way the platform turns a bearer token into a validated {@link Jwt}. */
public final class TokenDecoders {

    private TokenDecoders() {
    }

    /**
     * Signature (keys from the JWKS), {@code exp}/{@code nbf} with Spring's 60 s skew, the configured issuer and our
     * audience. Without a JWK set URI the keys are discovered from the issuer at the FIRST token, not at start-up, so
     * a process starts even while the provider is still starting (the launcher starts them side by side).
     *
     * @throws IllegalStateException when no issuer is configured: tokens are only accepted from a known provider
     */
    public static JwtDecoder forProvider(SecurityProperties properties) {
        if (properties.issuer() == null) {
            throw new IllegalStateException("lienhiep.security.issuer must be set: tokens are only accepted from a "
                    + "configured identity provider");
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())));
        if (properties.jwkSetUri() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.issuer());
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }
}
