package vn.lienhiep.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    public static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
