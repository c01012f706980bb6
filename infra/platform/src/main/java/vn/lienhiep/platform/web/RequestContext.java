package vn.lienhiep.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.lienhiep.platform.observability.TraceParent;

/**
 * What the current HTTP request carries into commands besides the caller: its request id. Who acts comes from the
 * validated token only ({@link vn.lienhiep.platform.security.Callers}); no header a client sets is believed.
 */
public final class RequestContext {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String REQUEST_ID_ATTRIBUTE = RequestContext.class.getName() + ".requestId";

    private RequestContext() {
    }

    public static String requestId() {
        HttpServletRequest request = current();
        if (request == null) {
            return null;
        }
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    /** Adds the request id and the trace id, so a user's report of an error leads to its logs and its trace. */
    public static void correlate(ProblemDetail problem) {
        String requestId = requestId();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        String traceId = TraceParent.currentTraceId();
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
    }

    public static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
