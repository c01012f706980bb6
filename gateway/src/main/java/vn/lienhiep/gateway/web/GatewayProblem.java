package vn.lienhiep.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own errors, shaped like the services' (RFC 9457 with Vietnamese first): a client cannot tell from the
 * body's shape whether the gateway or a service answered, only from {@code type}.
 */
public enum GatewayProblem {

    NOT_FOUND(404, "not-found", "Không tìm thấy / Not found",
            "Không có tài nguyên nào tại địa chỉ này.", "Nothing exists at this address."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ / Method not allowed",
            "Địa chỉ này không nhận phương thức HTTP đã dùng.", "This address does not accept the HTTP method used."),
    BAD_REQUEST(400, "bad-request", "Yêu cầu không hợp lệ / Bad request",
            "Yêu cầu không đúng định dạng.", "The request is malformed."),
    UNAUTHENTICATED(401, "unauthenticated", "Chưa xác thực / Unauthenticated",
            "Cần đăng nhập để thực hiện yêu cầu này.", "Sign in to make this request."),
    INVALID_TOKEN(401, "invalid-token", "Chưa xác thực / Unauthenticated",
            "Mã truy cập không hợp lệ hoặc đã hết hạn.", "The access token is invalid or expired."),
    FORBIDDEN(403, "forbidden", "Không có quyền / Forbidden",
            "Vai trò của bạn không được phép thực hiện yêu cầu này.", "Your roles do not allow this request."),
    CSRF_REJECTED(403, "csrf", "Không có quyền / Forbidden",
            "Thiếu hoặc sai mã chống giả mạo (X-XSRF-TOKEN); hãy tải lại trang.",
            "The anti-forgery token (X-XSRF-TOKEN) is missing or wrong; reload the page."),
    CORS_REJECTED(403, "cors-origin", "Nguồn gốc không được phép / Origin not allowed",
            "Trang web gửi yêu cầu không nằm trong danh sách được phép.",
            "The web origin of this request is not on the allowed list."),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Quá nhiều yêu cầu / Too many requests",
            "Bạn đã gửi quá nhiều yêu cầu; hãy chờ theo Retry-After rồi thử lại.",
            "Too many requests; wait for the Retry-After seconds and try again."),
    CONTENT_TOO_LARGE(413, "content-too-large", "Nội dung quá lớn / Content too large",
            "Nội dung yêu cầu vượt quá giới hạn.", "The request body exceeds the limit."),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Dịch vụ tạm thời không sẵn sàng / Service unavailable",
            "Dịch vụ xử lý yêu cầu này hiện không hoạt động; hãy thử lại sau ít phút.",
            "The service behind this address is not running; try again in a few minutes."),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Hết thời gian chờ / Gateway timeout",
            "Dịch vụ không trả lời kịp; yêu cầu có thể vẫn đang được xử lý, hãy kiểm tra trước khi gửi lại.",
            "The service did not answer in time; the request may still complete, so check before resending."),
    BAD_GATEWAY(502, "bad-gateway", "Lỗi kết nối dịch vụ / Bad gateway",
            "Kết nối tới dịch vụ bị gián đoạn; hãy thử lại.", "The connection to the service broke; please retry."),
    INTERNAL_ERROR(500, "internal", "Lỗi máy chủ / Internal server error",
            "Đã có lỗi ở cổng vào; hãy báo mã yêu cầu cho quản trị viên.",
            "The gateway failed; quote the request id to an administrator.");

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Seconds a client should wait before retrying a 503: about one service restart. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final int status;
    private final String type;
    private final String title;
    private final String detailVi;
    private final String detailEn;

    GatewayProblem(int status, String type, String title, String detailVi, String detailEn) {
        this.status = status;
        this.type = "urn:lienhiep:problem:gateway:" + type;
        this.title = title;
        this.detailVi = detailVi;
        this.detailEn = detailEn;
    }

    public int status() {
        return status;
    }

    static GatewayProblem forStatus(int status) {
        for (GatewayProblem problem : values()) {
            if (problem.status == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }

    /** @param service the route that failed, or null when the request matched none */
    public void write(HttpServletRequest request, HttpServletResponse response, String service) throws IOException {
        write(request, response, service, status);
    }

    /** For a status chosen by Tomcat or Spring: the closest problem's words, but the status as it was decided. */
    public static void writeForStatus(int status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        forStatus(status).write(request, response, null, status);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String service, int status)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (this == SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.getOutputStream().write(body(request, service, status).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    String body(HttpServletRequest request, String service, int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detailVi);
        body.put("detailEn", detailEn);
        body.put("instance", instance(request));
        if (service != null) {
            body.put("service", service);
        }
        String requestId = RequestIds.of(request);
        String traceId = org.slf4j.MDC.get("traceId");
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return JSON.writeValueAsString(body);
    }

    /** On an error dispatch the request URI is /error; the client asked for the original one. */
    private static String instance(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original != null ? original.toString() : request.getRequestURI();
    }
}
