package vn.lienhiep.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.lienhiep.contracts.security.Claims;

/**
 * The same resource-server settings every service reads, so a token the gateway lets through is one the service
 * accepts too.
 *
 * @param issuer     the expected {@code iss}; also where the login client discovers the provider
 * @param jwkSetUri  where the signing keys are; when empty they are found through OIDC discovery at the first token
 * @param audience   the audience an access token must carry
 * @param rolesClaim dotted path of the roles claim ({@code roles}, or e.g. {@code realm_access.roles})
 */
@ConfigurationProperties("lienhiep.security")
public record TokenProperties(String issuer, String jwkSetUri, String audience, String rolesClaim) {

    public TokenProperties {
        audience = audience == null || audience.isBlank() ? Claims.AUDIENCE : audience;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? Claims.ROLES : rolesClaim;
    }
}
