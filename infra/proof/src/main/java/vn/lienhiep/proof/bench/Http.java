package vn.lienhiep.proof.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JDK HttpClient over HTTP/1.1 (what an integrating system would use) with an optional bearer token; JSON in and out.
 */
public final class Http implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                                .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
    private final String base;
    private final Supplier<String> authorization;

    /** @param authorization the Authorization header value per request, or null for none */
    public Http(String base, Supplier<String> authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public Response post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        return send(request);
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                                                 .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization.get());
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
