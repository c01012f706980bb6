package vn.lienhiep.security.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has been read into memory, and can be read again by whatever comes next (the body-size limit
 * reads a chunked body to count it, the idempotency filter to fingerprint it, then the proxy or the controller reads
 * it once more). Only for bodies already known to be small: {@link #read(HttpServletRequest, long)} stops at a limit.
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body.clone();
    }

    /** Reads the whole body; only after the body-size limit has bounded it. */
    public static BufferedBodyRequest read(HttpServletRequest request) throws IOException {
        if (request instanceof BufferedBodyRequest buffered) {
            return buffered;
        }
        return new BufferedBodyRequest(request, request.getInputStream().readAllBytes());
    }

    /**
     * Reads at most {@code limit} bytes.
     *
     * @throws BodySizeLimitFilter.BodyTooLargeException as soon as the body turns out longer; the rest is not read
     */
    public static BufferedBodyRequest read(HttpServletRequest request, long limit) throws IOException {
        InputStream in = request.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw new BodySizeLimitFilter.BodyTooLargeException();
            }
            out.write(buffer, 0, read);
        }
        return new BufferedBodyRequest(request, out.toByteArray());
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

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
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
