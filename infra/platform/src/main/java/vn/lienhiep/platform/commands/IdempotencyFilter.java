package vn.lienhiep.platform.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lienhiep.security.web.BufferedBodyRequest;

/**
 * For a POST carrying {@code Idempotency-Key}: fingerprints the request (method, path, query, body) so a retry with
 * the same key and a DIFFERENT request can be refused instead of silently answered with the wrong result.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";
    static final String FINGERPRINT_ATTRIBUTE = IdempotencyFilter.class.getName() + ".fingerprint";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (!SANE_KEY.matcher(key).matches()) {
            response.setStatus(400);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Yêu cầu không hợp lệ / Bad request\","
                    + "\"status\":400,\"detail\":\"Idempotency-Key phải gồm 1–200 ký tự ASCII in được.\","
                    + "\"detailEn\":\"Idempotency-Key must be 1 to 200 printable ASCII characters.\"}");
            return;
        }
        request.setAttribute(KEY_ATTRIBUTE, key);
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            // The container parses (and keeps) the parts; hash their content without consuming the raw stream.
            java.io.ByteArrayOutputStream parts = new java.io.ByteArrayOutputStream();
            for (jakarta.servlet.http.Part part : request.getParts()) {
                parts.write((part.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (java.io.InputStream in = part.getInputStream()) {
                    in.transferTo(parts);
                }
            }
            request.setAttribute(FINGERPRINT_ATTRIBUTE, fingerprint(request, parts.toByteArray()));
            chain.doFilter(request, response);
            return;
        }
        // Read once here and kept for the controller: the body-size limit ran first, so this is bounded.
        BufferedBodyRequest buffered = BufferedBodyRequest.read(request);
        request.setAttribute(FINGERPRINT_ATTRIBUTE, fingerprint(request, buffered.body()));
        chain.doFilter(buffered, response);
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
                        + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                               .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
