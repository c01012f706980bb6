package vn.lienhiep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.TestTokens;

/** The one decoder, against a real key and JWKS on loopback (TestTokens): what it accepts and what it refuses. */
class TokenDecodersTest {

    static final TestTokens TOKENS = TestTokens.shared();

    private static SecurityProperties withJwks() {
        return new SecurityProperties(TOKENS.issuer(), TOKENS.jwkSetUri(), null, null, null, null);
    }

    @Test
    void aTokenOfTheConfiguredProviderForOurAudienceIsAccepted() {
        Jwt jwt = TokenDecoders.forProvider(withJwks()).decode(TOKENS.user("staff").roles(Role.UNION_STAFF).sign());

        assertThat(jwt.getSubject()).isEqualTo("user-staff");
        assertThat(jwt.getAudience()).contains("lienhiep-api");
    }

    @Test
    void issuerAudienceExpirySignatureAreEachChecked() {
        JwtDecoder decoder = TokenDecoders.forProvider(withJwks());
        Map<String, String> refused = Map.of(
                "wrong issuer", TOKENS.user("a").issuer("http://evil.example").sign(),
                "wrong audience", TOKENS.user("a").audience("another-api").sign(),
                "expired", TOKENS.user("a").expiredSince(Duration.ofMinutes(5)).sign(),
                "foreign key", TOKENS.user("a").signedByForeignKey().sign(),
                "tampered", TestTokens.tampered(TOKENS.user("a").sign()));

        refused.forEach((why, token) -> assertThatThrownBy(() -> decoder.decode(token)).as(why)
                                                                                       .isInstanceOf(JwtException.class));
    }

    @Test
    void anotherAudienceCanBeConfigured() {
        JwtDecoder decoder = TokenDecoders.forProvider(
                new SecurityProperties(TOKENS.issuer(), TOKENS.jwkSetUri(), "another-api", null, null, null));

        assertThat(decoder.decode(TOKENS.user("a").audience("another-api").sign()).getSubject()).isEqualTo("user-a");
        assertThatThrownBy(() -> decoder.decode(TOKENS.user("a").sign())).isInstanceOf(JwtException.class);
    }

    @Test
    void withoutAJwkSetUriTheKeysAreDiscoveredAtTheFirstTokenNotAtStartUp() {
        // Nothing listens there: building the decoder must not try, or a process could not start before its provider.
        JwtDecoder unreachable = TokenDecoders.forProvider(SecurityProperties.forIssuer("http://127.0.0.1:1"));
        assertThatThrownBy(() -> unreachable.decode(TOKENS.user("a").sign())).isInstanceOf(RuntimeException.class);

        JwtDecoder discovered = TokenDecoders.forProvider(SecurityProperties.forIssuer(TOKENS.issuer()));
        assertThat(discovered.decode(TOKENS.user("a").sign()).getSubject()).isEqualTo("user-a");
    }

    @Test
    void noIssuerNoDecoder() {
        assertThatThrownBy(() -> TokenDecoders.forProvider(SecurityProperties.forIssuer(" ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lienhiep.security.issuer");
    }
}
