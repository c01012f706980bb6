package vn.lienhiep.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than the configured limit with 413 problem+json, before any of it is parsed: by the declared
 * Content-Length when there is one, and by counting bytes when the body is chunked. Multipart uploads (bulk import)
 * have their own, larger limit.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;

    public BodySizeLimitFilter(long maxBody, long maxUpload) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        long limit = contentType != null && contentType.toLowerCase().startsWith("multipart/") ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            reject(request, response, limit);
            return;
        }
        try {
            chain.doFilter(declared >= 0 ? request : new CountingRequest(request, limit), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                reject(request, response, limit);
            }
        } catch (ServletException e) {
            if (e.getRootCause() instanceof BodyTooLargeException && !response.isCommitted()) {
                response.resetBuffer();
                reject(request, response, limit);
            } else {
                throw e;
            }
        }
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        ProblemWriter.write(request, response, 413, "Nội dung quá lớn / Content too large",
                "Nội dung yêu cầu vượt quá giới hạn " + limit + " byte.",
                "The request body exceeds the limit of " + limit + " bytes.");
    }

    /** Thrown while reading a chunked body past the limit. */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    private static final class CountingRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0 && ++count > limit) {
                            throw new BodyTooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = delegate.read(buffer, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw new BodyTooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
