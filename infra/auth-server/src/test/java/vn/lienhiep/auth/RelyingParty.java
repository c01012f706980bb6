package vn.lienhiep.auth;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.lienhiep.testing.HttpJson;

/**
 * A minimal web application signing users in through the provider, as the gateway does: its own session cookie, the
 * code redeemed server-side. The public CLI client is used because Spring Authorization Server accepts any port on
 * a registered loopback redirect URI (RFC 8252).
 */
final class RelyingParty implements AutoCloseable {

    private final HttpServer server;
    private final String provider;
    private final Map<String, String> verifiers = new ConcurrentHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();

    RelyingParty(String provider) throws IOException {
        this.provider = provider;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/start", this::start);
        server.createContext("/callback", this::callback);
        server.createContext("/me", this::me);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void start(HttpExchange exchange) throws IOException {
        String session = UUID.randomUUID().toString();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        verifiers.put(session, verifier);
        exchange.getResponseHeaders().add("Set-Cookie", "RP_SESSION=" + session + "; Path=/; HttpOnly");
        redirect(exchange, provider + "/oauth2/authorize?response_type=code&client_id=lienhiep-cli&scope=openid"
                + "&redirect_uri=" + enc(uri("/callback").toString()) + "&state=" + session
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
    }

    private void callback(HttpExchange exchange) throws IOException {
        String session = session(exchange);
        String query = exchange.getRequestURI().getRawQuery();
        String code = query.replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        String verifier = session == null ? null : verifiers.remove(session);
        if (verifier == null || !query.contains("state=" + session)) {
            respond(exchange, 400, "no session");
            return;
        }
        try {
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(provider + "/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=lienhiep-cli"
                            + "&code=" + code + "&redirect_uri=" + enc(uri("/callback").toString())
                            + "&code_verifier=" + verifier)).build(), HttpResponse.BodyHandlers.ofString());
            String jwt = HttpJson.json().readTree(token.body()).path("access_token").asText();
            users.put(session, HttpJson.json().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]))
                                       .path("preferred_username").asText());
            redirect(exchange, "/me");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(exchange, 500, "interrupted");
        }
    }

    private void me(HttpExchange exchange) throws IOException {
        String session = session(exchange);
        String user = session == null ? null : users.get(session);
        respond(exchange, user == null ? 401 : 200, user == null ? "sign in first" : user);
    }

    private static String session(HttpExchange exchange) {
        String cookies = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split(";\\s*")) {
            if (cookie.startsWith("RP_SESSION=")) {
                return cookie.substring("RP_SESSION=".length());
            }
        }
        return null;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
