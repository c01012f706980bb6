package vn.lienhiep.auth;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in form, Vietnamese first; plain HTML so the provider needs no template engine. */
@Controller
public class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String login(CsrfToken csrf, @RequestParam(required = false) String error,
                        @RequestParam(required = false) String logout) {
        String message = error != null
                ? "<p class=\"error\" role=\"alert\">Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khoá."
                  + "<br><span lang=\"en\">Wrong username or password, or the account is disabled.</span></p>"
                : logout != null
                ? "<p class=\"info\">Đã đăng xuất. <span lang=\"en\">You have signed out.</span></p>"
                : "";
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Đăng nhập / Sign in</title>
                  <style>
                    body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
                    label { display: block; margin-top: 1rem; }
                    input { width: 100%%; padding: .5rem; box-sizing: border-box; }
                    button { margin-top: 1.5rem; padding: .6rem 1.2rem; }
                    .error { color: #a00; } .info { color: #060; } span[lang=en] { color: #555; }
                  </style>
                </head>
                <body>
                  <h1>Đăng nhập <span lang="en">/ Sign in</span></h1>
                  %s
                  <form method="post" action="/login">
                    <label for="username">Tên đăng nhập <span lang="en">/ Username</span></label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Mật khẩu <span lang="en">/ Password</span></label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Đăng nhập / Sign in</button>
                  </form>
                </body>
                </html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()),
                              HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
