package vn.lienhiep.gateway.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.lienhiep.security.web.ProblemResponses;
import vn.lienhiep.security.web.SecurityProblems;

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
    UNAUTHENTICATED(SecurityProblems.Problem.UNAUTHENTICATED),
    INVALID_TOKEN(SecurityProblems.Problem.INVALID_TOKEN),
    FORBIDDEN(SecurityProblems.Problem.FORBIDDEN),
    CSRF_REJECTED(SecurityProblems.Problem.CSRF_REJECTED),
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

    public static final String MEDIA_TYPE = ProblemResponses.MEDIA_TYPE;
    static final String TYPE_PREFIX = "urn:lienhiep:problem:gateway:";
    /** Seconds a client should wait before retrying a 503: about one service restart. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** The shared writer (infra/security) with the gateway's conventions: its own type URNs, its request ids. */
    private static final ProblemResponses RESPONSES = new ProblemResponses(kind -> TYPE_PREFIX + kind, RequestIds::of);

    private final int status;
    private final String kind;
    private final ProblemResponses.Text text;

    GatewayProblem(int status, String kind, String title, String detailVi, String detailEn) {
        this.status = status;
        this.kind = kind;
        this.text = new ProblemResponses.Text(title, detailVi, detailEn);
    }

    /** 401 and 403 say at the edge what every service says (infra/security's SecurityProblems). */
    GatewayProblem(SecurityProblems.Problem security) {
        this.status = security.status();
        this.kind = security.kind();
        this.text = security.text();
    }

    /** The gateway's answer for a security problem. */
    public static GatewayProblem of(SecurityProblems.Problem security) {
        return valueOf(security.name());
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
        if (this == SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        RESPONSES.write(request, response, status, kind, text, extra(service));
        response.flushBuffer();
    }

    String body(HttpServletRequest request, String service, int status) {
        return RESPONSES.body(request, status, kind, text, extra(service));
    }

    private static Map<String, Object> extra(String service) {
        return service == null ? Map.of() : Map.of("service", service);
    }
}
