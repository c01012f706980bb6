package vn.lienhiep.auth;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for the admin API, including 401 and 403 (this module does not use infra/platform). */
@Component
@RestControllerAdvice
public class AdminProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rejected admin request: status, stable rule code (422) or null, Vietnamese then English. */
    public static class Rejected extends RuntimeException {
        final HttpStatus status;
        final String rule;
        final String vi;
        final String field;

        public Rejected(HttpStatus status, String rule, String vi, String en) {
            this(status, rule, vi, en, null);
        }

        /** @param field the input field at fault, reported in {@code errors} like a validation failure */
        public Rejected(HttpStatus status, String rule, String vi, String en, String field) {
            super(en);
            this.status = status;
            this.rule = rule;
            this.vi = vi;
            this.field = field;
        }
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected e, HttpServletRequest request) {
        ProblemDetail problem = problem(e.status, e.vi, e.getMessage(), request);
        if (e.rule != null) {
            problem.setProperty("rule", e.rule);
        }
        if (e.field != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.vi + " / " + e.getMessage())));
        }
        return ResponseEntity.status(e.status).body(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Một số trường không hợp lệ.", "Some fields are invalid.",
                                        request);
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Nội dung không phải JSON hợp lệ hoặc sai kiểu dữ liệu.",
                                        "The body is not valid JSON or has a value of the wrong type.", request);
        problem.setProperty("errors", List.of());
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String vi, String en, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi);
        problem.setTitle(title(status));
        problem.setProperty("detailEn", en);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Dữ liệu không hợp lệ / Invalid input";
            case NOT_FOUND -> "Không tìm thấy / Not found";
            case CONFLICT -> "Xung đột / Conflict";
            case UNPROCESSABLE_CONTENT -> "Vi phạm quy tắc / Business rule violated";
            default -> status.getReasonPhrase();
        };
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, "Chưa xác thực / Unauthenticated", "Cần mã truy cập của quản trị viên.",
              "An administrator's access token is required.", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "Không có quyền / Forbidden", "Chỉ quản trị viên được dùng chức năng này.",
              "Only an administrator may do this.", request);
    }

    private static void write(HttpServletResponse response, int status, String title, String vi, String en,
                              HttpServletRequest request) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", title, "status", status,
                                                           "detail", vi, "detailEn", en,
                                                           "instance", request.getRequestURI()));
    }
}
