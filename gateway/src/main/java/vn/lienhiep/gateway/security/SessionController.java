package vn.lienhiep.gateway.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.security.SecurityProperties;
import vn.lienhiep.security.TokenIdentity;

/**
 * Who the console is talking for: read from the same access token the services will see, with the same reading
 * (infra/security's TokenIdentity, as the services' Caller), so the console never shows a role or an identity the
 * services would not honour. The token itself never leaves the gateway. Also hands the SPA its CSRF
 * cookie (XSRF-TOKEN), which Spring only writes once something asks for the token.
 */
@RestController
public class SessionController {

    private final SecurityProperties tokens;
    private final JwtDecoder decoder;
    private final OAuth2AuthorizedClientManager authorizedClients;

    public SessionController(SecurityProperties tokens, JwtDecoder decoder,
                             ObjectProvider<OAuth2AuthorizedClientManager> authorizedClients) {
        this.tokens = tokens;
        this.decoder = decoder;
        this.authorizedClients = authorizedClients.getIfAvailable();
    }

    @GetMapping(path = "/session", produces = "application/json")
    public Map<String, Object> session(Authentication authentication, HttpServletRequest request,
                                       HttpServletResponse response) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        Map<String, Object> claims = claims(authentication, request, response);
        TokenIdentity identity = claims == null ? null : TokenIdentity.of(claims, tokens);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", identity != null);
        body.put("username", identity == null ? null : identity.username());
        body.put("displayName", identity == null ? null : identity.displayName());
        body.put("roles", identity == null ? List.of() : identity.sortedRoles().stream().map(Enum::name).toList());
        body.put("organizationId", identity == null ? null : identity.organizationId());
        body.put("requesterId", identity == null ? null : identity.requesterId());
        body.put("personId", identity == null ? null : identity.personId());
        body.put("expertId", identity == null ? null : identity.expertId());
        return body;
    }

    private Map<String, Object> claims(Authentication authentication, HttpServletRequest request,
                                       HttpServletResponse response) {
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return bearer.getToken().getClaims();
        }
        if (authentication instanceof OAuth2AuthenticationToken login && authorizedClients != null) {
            try {
                OAuth2AuthorizedClient client = authorizedClients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                        .principal(login)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response)
                        .build());
                if (client == null) {
                    return null;
                }
                Jwt access = decoder.decode(client.getAccessToken().getTokenValue());
                return access.getClaims();
            } catch (OAuth2AuthorizationException | JwtException expired) {
                // The session outlived its refresh token: for the console that is simply "not logged in".
                return null;
            }
        }
        return null;
    }
}
