package vn.lienhiep.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scripted browser for the authorization code flow with PKCE (S256): JDK HttpClient, a cookie jar, redirects
 * followed by hand so every hop can be inspected. Two ways in:
 * <ul>
 *   <li>{@link #cliLogin} talks to the provider directly as the public client {@code lienhiep-cli} and returns the
 *       tokens;</li>
 *   <li>{@link #browserLogin} starts at a relying party (the gateway's {@code /oauth2/authorization/lienhiep}),
 *       signs in on the provider and follows the redirects back; the returned {@link Session}'s client then carries
 *       the relying party's session cookie for further requests.</li>
 * </ul>
 * The jar is per host as browsers do; cookies ignore ports, so two servers on 127.0.0.1 must use different session
 * cookie names (the provider's is {@code LIENHIEP_AUTH_SESSION}).
 */
public final class OidcLogin {

    public static final String CLI_CLIENT = "lienhiep-cli";
    public static final String CLI_REDIRECT = "http://127.0.0.1/callback";
    private static final int MAX_HOPS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"_csrf\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");

    /** The provider refused the credentials (or the account is disabled), or the flow ended somewhere unexpected. */
    public static final class LoginFailed extends IllegalStateException {
        public LoginFailed(String message) {
            super(message);
        }
    }

    public record Tokens(String accessToken, String idToken, String refreshToken, long expiresIn, JsonNode raw) {
    }

    /** A signed-in browser: reuse {@code client} for further requests; {@code landedOn} is where the redirects ended. */
    public record Session(HttpClient client, CookieManager cookies, URI landedOn, int status, String body) {
    }

    private OidcLogin() {
    }

    /** A new browser: its own cookie jar, no automatic redirects. */
    public static HttpClient newBrowser(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                         .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Authorization code + PKCE against the provider at {@code issuer} as {@code lienhiep-cli}. */
    public static Tokens cliLogin(URI issuer, String username, String password) {
        return login(issuer, CLI_CLIENT, CLI_REDIRECT, "openid profile", username, password);
    }

    /** Authorization code + PKCE for a public client whose redirect URI is never actually served. */
    public static Tokens login(URI issuer, String clientId, String redirectUri, String scope, String username,
                               String password) {
        return login(issuer, clientId, null, redirectUri, scope, username, password);
    }

    /**
     * Authorization code + PKCE acting as the client itself (a confidential one when {@code clientSecret} is given,
     * sent as HTTP Basic); the redirect URI is captured, never requested. Only confidential clients receive refresh
     * tokens from Spring Authorization Server.
     */
    public static Tokens login(URI issuer, String clientId, String clientSecret, String redirectUri, String scope,
                               String username, String password) {
        HttpClient browser = newBrowser(new CookieManager());
        String verifier = randomToken(48);
        String state = randomToken(16);
        URI authorize = URI.create(trimSlash(issuer.toString()) + "/oauth2/authorize?response_type=code"
                + "&client_id=" + enc(clientId) + "&scope=" + enc(scope) + "&redirect_uri=" + enc(redirectUri)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256&state=" + enc(state));

        URI callback = walk(browser, authorize, username, password, uri -> uri.toString().startsWith(redirectUri))
                .landedOn();
        Map<String, String> query = query(callback);
        if (query.containsKey("error")) {
            throw new LoginFailed("authorization refused: " + query.get("error") + " " + query.get("error_description"));
        }
        if (!state.equals(query.get("state")) || !query.containsKey("code")) {
            throw new LoginFailed("unexpected callback " + callback);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", query.get("code"));
        fields.put("redirect_uri", redirectUri);
        fields.put("code_verifier", verifier);
        return token(browser, issuer, clientId, clientSecret, fields);
    }

    /** Exchanges a refresh token for new tokens ({@code clientSecret} null for a public client). */
    public static Tokens refresh(URI issuer, String clientId, String clientSecret, String refreshToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "refresh_token");
        fields.put("refresh_token", refreshToken);
        return token(newBrowser(new CookieManager()), issuer, clientId, clientSecret, fields);
    }

    private static Tokens token(HttpClient browser, URI issuer, String clientId, String clientSecret,
                                Map<String, String> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(trimSlash(issuer.toString()) + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (clientSecret == null) {
            fields.put("client_id", clientId);
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> token = send(browser, request.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                                                          .build());
        if (token.statusCode() != 200) {
            throw new LoginFailed("token request failed: " + token.statusCode() + " " + token.body());
        }
        JsonNode body = readJson(token.body());
        return new Tokens(body.path("access_token").asText(null), body.path("id_token").asText(null),
                          body.path("refresh_token").asText(null), body.path("expires_in").asLong(), body);
    }

    /**
     * Starts at a relying party's login URL (e.g. {@code http://127.0.0.1:8080/oauth2/authorization/lienhiep}), signs
     * in on the provider and follows every redirect back until a non-redirect answer.
     */
    public static Session browserLogin(URI start, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = newBrowser(cookies);
        Session session = walk(browser, start, username, password, uri -> false);
        return new Session(browser, cookies, session.landedOn(), session.status(), session.body());
    }

    /**
     * Follows redirects from {@code start}; on the provider's login page posts the credentials once; stops when a
     * redirect points at something {@code stopAt} accepts (returned as {@code landedOn}, not requested) or when an
     * answer is not a redirect.
     */
    private static Session walk(HttpClient browser, URI start, String username, String password,
                                java.util.function.Predicate<URI> stopAt) {
        URI current = start;
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(current).GET().build());
        boolean posted = false;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                URI next = current.resolve(response.headers().firstValue("Location")
                        .orElseThrow(() -> new LoginFailed("redirect without Location")));
                if (stopAt.test(next)) {
                    return new Session(browser, null, next, status, "");
                }
                if (posted && isLoginPage(next) && next.getRawQuery() != null && next.getRawQuery().contains("error")) {
                    throw new LoginFailed("the provider refused the credentials for " + username);
                }
                current = next;
                response = send(browser, HttpRequest.newBuilder(current).GET().build());
                continue;
            }
            Optional<String> csrf = csrf(response.body());
            if (status == 200 && isLoginPage(current) && csrf.isPresent()) {
                if (posted) {
                    throw new LoginFailed("the provider showed the login page again for " + username);
                }
                URI action = formAction(current, response.body());
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("username", username);
                fields.put("password", password);
                fields.put("_csrf", csrf.get());
                response = send(browser, HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
                current = action;
                posted = true;
                continue;
            }
            if (!posted) {
                throw new LoginFailed("never reached a login page; stopped at " + current + " with " + status);
            }
            return new Session(browser, null, current, status, response.body());
        }
        throw new LoginFailed("too many redirects from " + start);
    }

    private static boolean isLoginPage(URI uri) {
        return uri.getPath() != null && uri.getPath().endsWith("/login");
    }

    private static Optional<String> csrf(String html) {
        Matcher matcher = CSRF.matcher(html == null ? "" : html);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(unescape(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }

    private static URI formAction(URI page, String html) {
        Matcher matcher = FORM_ACTION.matcher(html);
        return matcher.find() && !matcher.group(1).isBlank() ? page.resolve(unescape(matcher.group(1))) : page;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                   .replace("&gt;", ">");
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoginFailed("cannot reach " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("interrupted");
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.length() == 0 ? "" : "&").append(enc(key)).append('=')
                                           .append(enc(value)));
        return body.toString();
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new LoginFailed("not JSON: " + body);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
