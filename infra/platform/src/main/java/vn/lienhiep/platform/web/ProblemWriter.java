package vn.lienhiep.platform.web;

import vn.lienhiep.platform.observability.TraceParent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes problem+json from servlet filters, which run outside Spring MVC's exception handling. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                      String detailVi, String detailEn) throws IOException {
        Object requestId = request.getAttribute(RequestContext.REQUEST_ID_ATTRIBUTE);
        String traceId = TraceParent.currentTraceId();
        String body = "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detailVi) + ",\"detailEn\":" + quote(detailEn)
                + ",\"instance\":" + quote(request.getRequestURI())
                + (requestId != null ? ",\"requestId\":" + quote(requestId.toString()) : "")
                + (traceId != null ? ",\"traceId\":" + quote(traceId) : "") + "}";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
