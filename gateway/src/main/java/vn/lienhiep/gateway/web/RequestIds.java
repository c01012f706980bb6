package vn.lienhiep.gateway.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One id per request, from the edge to every service's logs and problem details. A caller's id is kept when it is
 * sane; anything else (too long, odd characters that could forge log lines) is replaced, never passed on.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The id of the request being served, or null outside a request. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    static String keepOrGenerate(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** Assigns the id before anything else runs, so even the gateway's own errors carry it. */
    public static class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = keepOrGenerate(request.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
            MDC.put("requestId", id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove("requestId");
            }
        }

        /** Error dispatches must see the id too; the attribute is already set, so they only re-read it. */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return true;
        }
    }

    /** Sends the gateway's id to the service instead of whatever the caller sent. */
    public static class Forward implements HttpHeadersFilter.RequestHttpHeadersFilter {

        @Override
        public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            String id = of(request.servletRequest());
            if (id != null) {
                headers.set(HEADER, id);
            }
            return headers;
        }
    }

    /** The service echoes the id; the gateway already set it, and one header beats two equal ones. */
    public static class DropEcho implements HttpHeadersFilter.ResponseHttpHeadersFilter {

        @Override
        public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            headers.remove(HEADER);
            return headers;
        }
    }
}
