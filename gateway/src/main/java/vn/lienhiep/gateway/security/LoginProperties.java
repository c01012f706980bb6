package vn.lienhiep.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway as an OpenID Connect client for browser users (backend for frontend): it holds the tokens in its
 * session, the browser holds only the session cookie.
 *
 * @param clientId               the gateway's client at the provider
 * @param clientSecret           its secret; browser login exists only when this is set (otherwise bearer tokens only)
 * @param scopes                 requested scopes
 * @param postLogoutRedirectUri  where the provider sends the browser after logout ({baseUrl} is the gateway)
 */
@ConfigurationProperties("lienhiep.gateway.login")
public record LoginProperties(String clientId, String clientSecret, List<String> scopes,
                              String postLogoutRedirectUri) {

    public static final String REGISTRATION_ID = "lienhiep";

    public LoginProperties {
        clientId = clientId == null || clientId.isBlank() ? "lienhiep-gateway" : clientId;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        postLogoutRedirectUri = postLogoutRedirectUri == null || postLogoutRedirectUri.isBlank()
                ? "{baseUrl}/" : postLogoutRedirectUri;
    }

    public boolean enabled() {
        return clientSecret != null && !clientSecret.isBlank();
    }
}
