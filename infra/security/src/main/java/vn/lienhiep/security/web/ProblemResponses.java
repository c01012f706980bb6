package vn.lienhiep.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * RFC 9457 problem+json written straight to the servlet response: for filters and security handlers, which answer
 * before (or outside) Spring MVC's exception handling. The gateway and the services use this one writer; they differ
 * only in how a problem's {@code type} is named and where the request id is kept, both given at construction.
 *
 * <p>The body: {@code type, title, status, detail} (Vietnamese), {@code detailEn}, {@code instance} (the path the
 * client asked for, also on an error dispatch), any extra members, then {@code requestId} and {@code traceId} when
 * known, so a user's report of an error leads to its logs and its trace.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Title (Vietnamese first, "Vi / En"), detail in Vietnamese, detail in English. */
    public record Text(String title, String detail, String detailEn) {
    }

    private final Function<String, String> typeOfKind;
    private final Function<HttpServletRequest, String> requestIdOf;

    /**
     * @param typeOfKind  a problem kind ({@code unauthenticated}, {@code content-too-large}...) to its {@code type} URI
     * @param requestIdOf the current request's id, or null
     */
    public ProblemResponses(Function<String, String> typeOfKind, Function<HttpServletRequest, String> requestIdOf) {
        this.typeOfKind = typeOfKind;
        this.requestIdOf = requestIdOf;
    }

    /** Sets status and content type and writes the body; the caller decides about headers, buffers and flushing. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String kind, Text text,
                      Map<String, ?> extra) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(body(request, status, kind, text, extra).getBytes(StandardCharsets.UTF_8));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String kind, Text text)
            throws IOException {
        write(request, response, status, kind, text, Map.of());
    }

    public String body(HttpServletRequest request, int status, String kind, Text text, Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeOfKind.apply(kind));
        body.put("title", text.title());
        body.put("status", status);
        body.put("detail", text.detail());
        body.put("detailEn", text.detailEn());
        body.put("instance", instance(request));
        extra.forEach((name, value) -> {
            if (value != null) {
                body.put(name, value);
            }
        });
        String requestId = requestIdOf.apply(request);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        return json(body);
    }

    /** On an error dispatch the request URI is /error; the client asked for the original one. */
    private static String instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    /** Strings, numbers and booleans only: no JSON library needed, and nothing a caller passes can break the shape. */
    static String json(Map<String, Object> members) {
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                quote(json, String.valueOf(value));
            }
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
