package vn.lienhiep.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.lienhiep.testing.HttpJson;

/**
 * A backend service on a random loopback port, speaking plain HTTP through the JDK's server: it records what reached it
 * and answers like a platform service would (echoed request id, ETag, Location, problem+json on a rule violation).
 */
final class StubService implements AutoCloseable {

    static final String PROBLEM_BODY = "{\"type\":\"urn:lienhiep:problem:business-rule\","
            + "\"title\":\"Vi phạm quy tắc nghiệp vụ / Business rule violated\",\"status\":422,"
            + "\"detail\":\"Tên đã tồn tại.\",\"detailEn\":\"The name exists.\",\"rule\":\"membership.person.duplicate\"}";

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile String healthBody = "{\"status\":\"UP\"}";
    private volatile int healthStatus = 200;
    private volatile Received last;
    private volatile List<Map<String, String>> publicRules = List.of();
    private volatile int accessStatus = 200;
    private final java.util.concurrent.atomic.AtomicInteger accessRequests = new java.util.concurrent.atomic.AtomicInteger();

    record Received(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().size() == 1 ? h.getValue().get(0) : String.join(",", h.getValue());
                }
            }
            return null;
        }
    }

    StubService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The path of the last request that reached this service, or null when none has. */
    String lastPath() {
        Received received = last;
        return received == null ? null : received.path();
    }

    Received last() {
        return last;
    }

    void reportHealth(int status, String body) {
        healthStatus = status;
        healthBody = body;
    }

    /**
     * The public rules this service publishes at {@code GET /api/<name>/access/public}, as a platform service does
     * from its access table: each {@code "METHOD /pattern"}.
     */
    void publishPublic(String... rules) {
        List<Map<String, String>> published = new java.util.ArrayList<>();
        for (String rule : rules) {
            String[] parts = rule.split(" ", 2);
            published.add(Map.of("method", parts[0], "pattern", parts[1]));
        }
        publicRules = List.copyOf(published);
    }

    /** The status the access endpoint answers with; anything but 200 is a service that has not answered. */
    void answerAccessWith(int status) {
        accessStatus = status;
    }

    int accessRequests() {
        return accessRequests.get();
    }

    /** A port nothing listens on: what the gateway sees when a service is stopped. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/actuator/health")) {
            respond(exchange, healthStatus, "application/json", healthBody);
            return;
        }
        // Asked by the gateway itself, not by a client: not recorded as the last request.
        if (path.equals("/api/" + name + "/access/public")) {
            accessRequests.incrementAndGet();
            if (accessStatus != 200) {
                respond(exchange, accessStatus, "application/problem+json", "{\"status\":" + accessStatus + "}");
                return;
            }
            respond(exchange, 200, "application/json",
                    HttpJson.json().writeValueAsString(Map.of("context", name, "rules", publicRules)));
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        last = new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                            Map.copyOf(exchange.getRequestHeaders()), body);
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
        }
        if (path.endsWith("/problem")) {
            respond(exchange, 422, "application/problem+json", PROBLEM_BODY);
            return;
        }
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", name);
        echo.put("path", path);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        exchange.getResponseHeaders().set("ETag", "\"7\"");
        exchange.getResponseHeaders().set("Location", path + "/42");
        exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        respond(exchange, "POST".equals(exchange.getRequestMethod()) ? 201 : 200, "application/json",
                HttpJson.json().writeValueAsString(echo));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
