package vn.lienhiep.gateway.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import vn.lienhiep.gateway.web.GatewayProblem;

/**
 * Cross-origin access only for the configured origins (none by default: the console is served from the same origin).
 * The configuration covers every path even when the list is empty, so a foreign origin is refused outright (403
 * problem+json) instead of reaching a service.
 */
final class EdgeCors {

    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
            "Idempotency-Key", "X-Request-Id", "X-XSRF-TOKEN");
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, "X-Request-Id", HttpHeaders.RETRY_AFTER,
            HttpHeaders.LOCATION, "RateLimit-Limit", "RateLimit-Remaining");

    private EdgeCors() {
    }

    static CorsFilter filter(List<String> allowedOrigins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(List.copyOf(allowedOrigins));
        configuration.setAllowCredentials(true);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(ALLOWED_HEADERS);
        configuration.setExposedHeaders(EXPOSED_HEADERS);
        configuration.setMaxAge(1800L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {
        @Override
        public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
                                      HttpServletResponse response) throws IOException {
            boolean allowed = super.processRequest(config, request, new NoRejectBody(response));
            if (!allowed) {
                GatewayProblem.CORS_REJECTED.write(request, response, null);
            }
            return allowed;
        }
    }

    /** Swallows the plain-text body DefaultCorsProcessor writes on rejection, so the problem+json can replace it. */
    private static final class NoRejectBody extends jakarta.servlet.http.HttpServletResponseWrapper {
        NoRejectBody(HttpServletResponse response) {
            super(response);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            return new jakarta.servlet.ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(jakarta.servlet.WriteListener listener) {
                }

                @Override
                public void write(int b) {
                }
            };
        }

        @Override
        public void flushBuffer() {
        }
    }
}
