package vn.lienhiep.gateway.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Logout ends the session here, then the browser must visit the provider's end-session endpoint. A form post gets
 * the usual redirect; the console's script (which cannot follow a cross-origin redirect) asks with
 * {@code Accept: application/json} and gets {@code {"location": "..."}} to navigate to itself.
 */
final class ConsoleLogoutSuccessHandler extends OidcClientInitiatedLogoutSuccessHandler {

    ConsoleLogoutSuccessHandler(ClientRegistrationRepository clients) {
        super(clients);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            super.onLogoutSuccess(request, response, authentication);
            return;
        }
        String location = determineTargetUrl(request, response, authentication);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"location\":\"" + location.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
