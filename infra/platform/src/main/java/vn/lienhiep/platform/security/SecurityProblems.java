package vn.lienhiep.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.lienhiep.platform.web.ProblemWriter;

/** 401 and 403 as problem+json, like every other error, with the Bearer challenge RFC 6750 asks for. */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        boolean invalidToken = exception instanceof OAuth2AuthenticationException;
        response.setHeader("WWW-Authenticate", invalidToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer");
        ProblemWriter.write(request, response, 401, "Chưa xác thực / Unauthenticated",
                invalidToken ? "Mã truy cập không hợp lệ hoặc đã hết hạn." : "Cần đăng nhập để thực hiện yêu cầu này.",
                invalidToken ? "The access token is invalid or expired." : "Sign in to make this request.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        ProblemWriter.write(request, response, 403, "Không có quyền / Forbidden",
                "Vai trò của bạn không được phép thực hiện yêu cầu này.",
                "Your roles do not allow this request.");
    }
}
