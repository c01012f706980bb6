package vn.lienhiep.gateway.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything is sent to a service. Uploads (multipart) have their
 * own, larger ceiling. A declared Content-Length is checked at once; a body without one (chunked) is read up to the
 * limit here, so a client cannot get round the check by not saying how much it sends. Chunked uploads are counted by
 * the multipart parser, which enforces the same upload ceiling (spring.servlet.multipart.max-request-size).
 */
public final class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;

    public BodySizeFilter(long maxBody, long maxUpload) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isMultipart(request);
        long limit = upload ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response);
            return;
        }
        if (declared < 0 && !upload && hasBody(request)) {
            byte[] body = readAtMost(request.getInputStream(), limit);
            if (body == null) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The unread rest of the body cannot be reused; the connection is not worth keeping for it.
        response.setHeader("Connection", "close");
        GatewayProblem.CONTENT_TOO_LARGE.write(request, response, null);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    /** @return the body, or null when it is longer than the limit */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already buffered");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
