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

import vn.lienhiep.gateway.web.GatewayProblem;
import vn.lienhiep.security.web.SecurityProblems;

/**
 * 401 and 403 exactly as every service answers them (infra/security's {@link SecurityProblems}), in the gateway's
 * problem shape. What only the edge does: a browser that navigates to a protected page (GET, accepts HTML, no token)
 * is sent to the login instead, when browser login is configured.
 */
final class EdgeProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String loginPath;
    private final SecurityProblems problems = new SecurityProblems((request, response, problem) ->
            GatewayProblem.of(problem).write(request, response, null));

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
        problems.commence(request, response, exception);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        problems.handle(request, response, exception);
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
