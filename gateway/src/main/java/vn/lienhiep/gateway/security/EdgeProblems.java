package vn.lienhiep.gateway.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import vn.lienhiep.gateway.web.GatewayProblem;

/**
 * 401 and 403 as the gateway's problem+json with the Bearer challenge of RFC 6750. A browser that navigates to a
 * protected page (GET, accepts HTML, no token) is sent to the login instead, when browser login is configured.
 */
final class EdgeProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String loginPath;

    /** @param loginPath where browsers start the login, or null when only bearer tokens are accepted */
    EdgeProblems(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        boolean invalidToken = exception instanceof OAuth2AuthenticationException;
        if (!invalidToken && loginPath != null && isBrowserNavigation(request)) {
            response.sendRedirect(request.getContextPath() + loginPath);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer");
        (invalidToken ? GatewayProblem.INVALID_TOKEN : GatewayProblem.UNAUTHENTICATED).write(request, response, null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        GatewayProblem problem = exception instanceof CsrfException ? GatewayProblem.CSRF_REJECTED
                : GatewayProblem.FORBIDDEN;
        if (problem == GatewayProblem.FORBIDDEN && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        }
        problem.write(request, response, null);
    }

    static boolean isBrowserNavigation(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
