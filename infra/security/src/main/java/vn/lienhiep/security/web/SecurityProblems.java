package vn.lienhiep.security.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as problem+json, with the Bearer challenges of RFC 6750, the same at the gateway and in every service:
 * no token → 401 {@code Bearer}; a token that does not validate → 401 {@code Bearer error="invalid_token"}; a valid
 * token whose roles do not allow the call → 403 with {@code error="insufficient_scope"}; a cookie-authenticated change
 * without the anti-forgery token → 403 {@link Problem#CSRF_REJECTED} (only the gateway has sessions). How the body is
 * written (its {@code type}, its correlation ids) is each side's {@link Writer}.
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public enum Problem {
        UNAUTHENTICATED(401, "unauthenticated", new ProblemResponses.Text("Chưa xác thực / Unauthenticated",
                "Cần đăng nhập để thực hiện yêu cầu này.", "Sign in to make this request.")),
        INVALID_TOKEN(401, "invalid-token", new ProblemResponses.Text("Chưa xác thực / Unauthenticated",
                "Mã truy cập không hợp lệ hoặc đã hết hạn.", "The access token is invalid or expired.")),
        FORBIDDEN(403, "forbidden", new ProblemResponses.Text("Không có quyền / Forbidden",
                "Vai trò của bạn không được phép thực hiện yêu cầu này.", "Your roles do not allow this request.")),
        CSRF_REJECTED(403, "csrf", new ProblemResponses.Text("Không có quyền / Forbidden",
                "Thiếu hoặc sai mã chống giả mạo (X-XSRF-TOKEN); hãy tải lại trang.",
                "The anti-forgery token (X-XSRF-TOKEN) is missing or wrong; reload the page."));

        private final int status;
        private final String kind;
        private final ProblemResponses.Text text;

        Problem(int status, String kind, ProblemResponses.Text text) {
            this.status = status;
            this.kind = kind;
            this.text = text;
        }

        public int status() {
            return status;
        }

        public String kind() {
            return kind;
        }

        public ProblemResponses.Text text() {
            return text;
        }
    }

    /** Writes the body of a security problem; the headers are already set. */
    @FunctionalInterface
    public interface Writer {
        void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException;
    }

    static final String INVALID_TOKEN_CHALLENGE =
            "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"";

    private final Writer writer;

    public SecurityProblems(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        boolean invalidToken = exception instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? INVALID_TOKEN_CHALLENGE : "Bearer");
        writer.write(request, response, invalidToken ? Problem.INVALID_TOKEN : Problem.UNAUTHENTICATED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        if (exception instanceof CsrfException) {
            writer.write(request, response, Problem.CSRF_REJECTED);
            return;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        }
        writer.write(request, response, Problem.FORBIDDEN);
    }
}
