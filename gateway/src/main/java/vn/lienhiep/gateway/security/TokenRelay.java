package vn.lienhiep.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * What the gateway sends on to a service about the caller. A browser user's access token (kept in the session,
 * refreshed when due) becomes the Authorization header; an API client's own bearer token passes unchanged. Headers a
 * client could use to claim an identity are dropped: services learn who calls only from a validated token. The
 * browser's cookies stay at the edge too (the session id is the gateway's credential, not the services').
 */
public final class TokenRelay implements HttpHeadersFilter.RequestHttpHeadersFilter {

    /** Once trusted between gateway and services; now only a forgery attempt. */
    public static final String ACTING_USER = "X-Acting-User";
    private static final Logger log = LoggerFactory.getLogger(TokenRelay.class);

    private final OAuth2AuthorizedClientManager authorizedClients;

    /** @param authorizedClients null when the gateway has no browser login */
    TokenRelay(OAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.remove(ACTING_USER);
        headers.remove(HttpHeaders.COOKIE);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authorizedClients != null && authentication instanceof OAuth2AuthenticationToken login) {
            headers.remove(HttpHeaders.AUTHORIZATION);
            String token = accessToken(login, request.servletRequest());
            if (token != null) {
                headers.setBearerAuth(token);
            }
        }
        return headers;
    }

    /** Null when the session's tokens can no longer be refreshed: the service then answers 401 and the user logs in. */
    private String accessToken(OAuth2AuthenticationToken login, HttpServletRequest servletRequest) {
        HttpServletResponse servletResponse = RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes ? attributes.getResponse() : null;
        OAuth2AuthorizeRequest.Builder authorize = OAuth2AuthorizeRequest
                .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                .principal(login)
                .attribute(HttpServletRequest.class.getName(), servletRequest);
        if (servletResponse != null) {
            authorize.attribute(HttpServletResponse.class.getName(), servletResponse);
        }
        try {
            OAuth2AuthorizedClient client = authorizedClients.authorize(authorize.build());
            return client == null ? null : client.getAccessToken().getTokenValue();
        } catch (OAuth2AuthorizationException e) {
            log.info("Could not refresh the access token of {}: {}", login.getName(), e.getMessage());
            return null;
        }
    }
}
