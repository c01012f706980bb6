package vn.lienhiep.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.lienhiep.contracts.security.Claims;

/**
 * How the gateway and every service validate access tokens and read who the caller is: THE class for
 * {@code lienhiep.security}, so a token the gateway lets through is one the service accepts, and both see the same
 * person. Any OpenID Connect provider works by configuration alone: the issuer, where its keys are (discovered from the
 * issuer when not given) and which claims carry the roles and the identity.
 *
 * @param issuer      the expected {@code iss}; also where the gateway's login client discovers the provider
 * @param jwkSetUri   the provider's JWKS; when empty it is found through OIDC discovery at the first token
 * @param audience    every access token must list it
 * @param rolesClaim  dotted path of the roles: {@code roles} (embedded provider) or {@code realm_access.roles} (Keycloak)
 * @param personClaim dotted path of the person id the user is (membership's person id), {@code person} by default
 * @param expertClaim dotted path of the expert id the user is (membership's expert id), {@code expert} by default
 */
@ConfigurationProperties("lienhiep.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, String rolesClaim,
                                 String personClaim, String expertClaim) {

    public SecurityProperties {
        issuer = blankToNull(issuer);
        jwkSetUri = blankToNull(jwkSetUri);
        audience = orDefault(audience, Claims.AUDIENCE);
        rolesClaim = orDefault(rolesClaim, Claims.ROLES);
        personClaim = orDefault(personClaim, Claims.PERSON);
        expertClaim = orDefault(expertClaim, Claims.EXPERT);
    }

    /** The embedded provider's claim names, for an issuer. */
    public static SecurityProperties forIssuer(String issuer) {
        return new SecurityProperties(issuer, null, null, null, null, null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
