package vn.lienhiep.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the current HTTP request carries into commands: a request id and the acting user. The acting user comes from
 * the {@code X-Acting-User} header until the security issue replaces it with the authenticated principal.
 */
public final class RequestContext {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String ACTING_USER_HEADER = "X-Acting-User";
    public static final String REQUEST_ID_ATTRIBUTE = RequestContext.class.getName() + ".requestId";
    public static final String ANONYMOUS = "anonymous";

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

    public static String actingUser() {
        HttpServletRequest request = current();
        if (request == null) {
            return "system";
        }
        String user = request.getHeader(ACTING_USER_HEADER);
        if (user == null || user.isBlank()) {
            return ANONYMOUS;
        }
        String trimmed = user.strip();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    public static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
