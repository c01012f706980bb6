package vn.lienhiep.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.lienhiep.security.web.ProblemResponses;

/**
 * Writes problem+json from servlet filters and security handlers, which run outside Spring MVC's exception handling:
 * the shared writer (infra/security) with the services' conventions, {@code type} about:blank and the request id
 * {@link RequestIdFilter} assigned.
 */
public final class ProblemWriter {

    public static final ProblemResponses RESPONSES = new ProblemResponses(kind -> "about:blank", request -> {
        Object id = request.getAttribute(RequestContext.REQUEST_ID_ATTRIBUTE);
        return id == null ? null : id.toString();
    });

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detailVi, String detailEn) throws IOException {
        RESPONSES.write(request, response, status, "", new ProblemResponses.Text(title, detailVi, detailEn));
    }
}
