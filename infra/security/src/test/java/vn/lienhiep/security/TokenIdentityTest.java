package vn.lienhiep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.TestTokens;

/** Who a real signed token says the caller is, with the embedded provider's claim names and with configured ones. */
class TokenIdentityTest {

    static final TestTokens TOKENS = TestTokens.shared();
    static final SecurityProperties DEFAULTS = new SecurityProperties(TOKENS.issuer(), TOKENS.jwkSetUri(), null, null,
                                                                      null, null);

    private static Jwt decode(String token, SecurityProperties properties) {
        return TokenDecoders.forProvider(properties).decode(token);
    }

    @Test
    void anExpertActingAsThemselves() {
        String token = TOKENS.user("chuyen-gia").roles(Role.EXPERT).rawRole("offline_access")
                             .person("person-7").expert("expert-3").sign();

        TokenAuthentication authentication = (TokenAuthentication) new TokenAuthentication.Converter(DEFAULTS)
                .convert(decode(token, DEFAULTS));
        TokenIdentity identity = authentication.identity();

        assertThat(identity.subject()).isEqualTo("user-chuyen-gia");
        assertThat(identity.username()).isEqualTo("chuyen-gia");
        assertThat(identity.roles()).containsExactly(Role.EXPERT);
        assertThat(identity.personId()).isEqualTo("person-7");
        assertThat(identity.expertId()).isEqualTo("expert-3");
        assertThat(identity.organizationId()).isNull();
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                                                   .containsExactly("ROLE_EXPERT");
        assertThat(authentication.getName()).isEqualTo("user-chuyen-gia");
    }

    @Test
    void claimNamesOfAnotherProviderAreConfigured() {
        SecurityProperties keycloak = new SecurityProperties(TOKENS.issuer(), TOKENS.jwkSetUri(), null,
                                                             "realm_access.roles", "lienhiep.person", "lienhiep.expert");
        String token = TOKENS.user("kc").rawRole("judge").rolesAt("realm_access.roles")
                             .claim("lienhiep.person", "p-1").claim("lienhiep.expert", "e-1")
                             .person("not-this-one").sign();

        TokenIdentity identity = TokenIdentity.of(decode(token, keycloak).getClaims(), keycloak);

        assertThat(identity.roles()).containsExactly(Role.JUDGE);
        assertThat(identity.personId()).isEqualTo("p-1");
        assertThat(identity.expertId()).isEqualTo("e-1");
        assertThat(TokenIdentity.of(decode(token, DEFAULTS).getClaims(), DEFAULTS).personId())
                .as("the default name reads the default claim").isEqualTo("not-this-one");
    }

    @Test
    void noIdentityClaimsNoIdentity() {
        TokenIdentity identity = TokenIdentity.of(Map.of("sub", "s-1", "person", "  ", "expert", List.of("a", "b")),
                                                  DEFAULTS);

        assertThat(identity.username()).as("falls back to sub").isEqualTo("s-1");
        assertThat(identity.displayName()).isEqualTo("s-1");
        assertThat(identity.roles()).isEmpty();
        assertThat(identity.personId()).isNull();
        assertThat(identity.expertId()).as("a list names no single expert").isNull();
    }
}
