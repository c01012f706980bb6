package vn.lienhiep.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them, at the gateway (before a byte is sent to
 * a service) and in every service (before the body is parsed). Uploads (multipart) have their own, larger ceiling.
 * A declared Content-Length is checked at once; a body without one (chunked) is read up to the limit here and kept
 * ({@link BufferedBodyRequest}), so a client cannot get round the check by not saying how much it sends, and nothing
 * downstream ever sees half a body. Chunked uploads are counted by the multipart parser, which enforces the same
 * ceiling ({@code spring.servlet.multipart.max-request-size}).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** How the side that installs the filter words its 413. */
    @FunctionalInterface
    public interface Rejection {
        void reject(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException;
    }

    /** A body read past the limit. */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException() {
            super("request body too large");
        }
    }

    private final long maxBody;
    private final long maxUpload;
    private final Rejection rejection;

    public BodySizeLimitFilter(long maxBody, long maxUpload, Rejection rejection) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
        this.rejection = rejection;
    }

    public BodySizeLimitFilter(HttpLimits limits, Rejection rejection) {
        this(limits.maxBodySize().toBytes(), limits.maxUploadSize().toBytes(), rejection);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isMultipart(request);
        long limit = upload ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared < 0 && !upload && request.getHeader("Transfer-Encoding") != null) {
            BufferedBodyRequest buffered;
            try {
                buffered = BufferedBodyRequest.read(request, limit);
            } catch (BodyTooLargeException e) {
                tooLarge(request, response, limit);
                return;
            }
            chain.doFilter(buffered, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // The unread rest of the body cannot be reused; the connection is not worth keeping for it.
        response.setHeader("Connection", "close");
        rejection.reject(request, response, limit);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }
}
