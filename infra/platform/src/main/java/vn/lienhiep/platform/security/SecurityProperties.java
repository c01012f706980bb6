package vn.lienhiep.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.lienhiep.contracts.security.Claims;

/**
 * How a service validates access tokens. Any OpenID Connect provider works by configuration alone: the issuer, where
 * its keys are (discovered from the issuer when not given) and which claim carries the roles.
 */
@ConfigurationProperties("lienhiep.security")
public class SecurityProperties {

    /** The expected {@code iss}; the embedded provider's by default (PlatformDefaults). */
    private String issuer;
    /** The provider's JWKS; when empty it is discovered lazily from the issuer's OpenID configuration. */
    private String jwkSetUri;
    /** Every token must list this audience. */
    private String audience = Claims.AUDIENCE;
    /** Dotted path to the roles: {@code roles} (embedded provider) or {@code realm_access.roles} (Keycloak). */
    private String rolesClaim = Claims.ROLES;

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getJwkSetUri() {
        return jwkSetUri;
    }

    public void setJwkSetUri(String jwkSetUri) {
        this.jwkSetUri = jwkSetUri;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public void setRolesClaim(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }
}
