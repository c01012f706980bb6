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

import vn.lienhiep.contracts.security.Claims;

/**
 * Who the console is talking for: read from the same access token the services will see, so the console never shows
 * a role the services would not honour. The token itself never leaves the gateway. Also hands the SPA its CSRF
 * cookie (XSRF-TOKEN), which Spring only writes once something asks for the token.
 */
@RestController
public class SessionController {

    private final String rolesClaim;
    private final JwtDecoder decoder;
    private final OAuth2AuthorizedClientManager authorizedClients;

    public SessionController(TokenProperties tokens, JwtDecoder decoder,
                             ObjectProvider<OAuth2AuthorizedClientManager> authorizedClients) {
        this.rolesClaim = tokens.rolesClaim();
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", claims != null);
        body.put("username", claims == null ? null : claims.get(Claims.USERNAME));
        body.put("displayName", claims == null ? null : claims.get(Claims.DISPLAY_NAME));
        body.put("roles", claims == null ? List.of() : TokenRoles.names(claims, rolesClaim));
        body.put("organizationId", claims == null ? null : claims.get(Claims.ORGANIZATION));
        body.put("requesterId", claims == null ? null : claims.get(Claims.REQUESTER));
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
