package vn.lienhiep.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads demo data through the gateway's public API, as a user would, from step files under
 * {@code demo/<province code>-<name>/} on the classpath, run in file-name order. A sub-context adds its own
 * {@code NN-<what>.json}; steps of later files may use ids saved by earlier ones.
 *
 * <p>A step: {@code {"key": "org-khuyen-hoc", "method": "POST", "path": "/api/...", "body": {...},
 * "save": {"orgKhuyenHoc": "id"}}}; {@code ${orgKhuyenHoc}} in a later path or body is replaced by the saved value.
 * {@code "await": true} on a GET polls (up to 30 s, or {@code "awaitSeconds"}) until it answers 2xx — and, with
 * {@code "until": {"/status": "COMPLETED"}}, until its answer holds those values: for data another context learns
 * through Kafka, or an import that runs after its upload was accepted.
 * {@code "upload": "file.csv"} sends the file beside the step file as a multipart import (part {@code file}).
 * Other fields (e.g. {@code "note"}) are documentation. Every write carries {@code Idempotency-Key:
 * demo-<province>-<key>}, so running the loader again creates nothing: the services replay their first answers,
 * with the same ids.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final String gatewayUrl;
    private final String provinceCode;
    private final Consumer<String> out;
    private final java.util.function.Supplier<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param authorization the {@code Authorization} header the steps are sent with (the launcher's service token: the
     *                      history then names {@code lienhiep-launcher} as who loaded the demo)
     */
    public DemoLoader(String gatewayUrl, String provinceCode, java.util.function.Supplier<String> authorization,
                      Consumer<String> out) {
        this.authorization = authorization;
        this.gatewayUrl = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
        this.provinceCode = provinceCode;
        this.out = out;
    }

    public record Failure(String file, String key, String detail) {
    }

    public record Summary(int steps, int created, int replayed, int read, List<Failure> failures,
                          Map<String, String> saved) {
        public int failed() {
            return failures.size();
        }

        public String describe() {
            StringBuilder text = new StringBuilder(String.format(
                    "[lienhiep] demo: %d steps run, %d created, %d replayed, %d read, %d failed", steps, created,
                    replayed, read, failed()));
            for (Failure failure : failures) {
                text.append(System.lineSeparator()).append("  FAILED ").append(failure.file()).append(" ")
                    .append(failure.key()).append(": ").append(failure.detail());
            }
            return text.toString();
        }
    }

    public Summary run() {
        List<Path> files = stepFiles();
        if (files.isEmpty()) {
            out.accept("[lienhiep] demo: no step files for province " + provinceCode);
        }
        Map<String, String> saved = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        int steps = 0;
        int created = 0;
        int replayed = 0;
        int read = 0;
        for (Path file : files) {
            JsonNode root = readJson(file);
            JsonNode list = root.isArray() ? root : root.path("steps");
            for (JsonNode step : list) {
                steps++;
                String key = step.path("key").asText(null);
                if (key == null) {
                    failures.add(new Failure(file.getFileName().toString(), "#" + steps, "step has no key"));
                    continue;
                }
                try {
                    HttpResponse<String> response = send(step, key, saved, file.getParent());
                    // "await": true on a GET — the answer comes from another context through Kafka (e.g. an expert
                    // verified in membership reaching review's pool): poll until it is there, up to 30 s.
                    long until = System.nanoTime() + step.path("awaitSeconds").asLong(30) * 1_000_000_000L;
                    while (step.path("await").asBoolean(false) && !settled(step, response) && System.nanoTime() < until) {
                        sleep(200);
                        response = send(step, key, saved, file.getParent());
                    }
                    int status = response.statusCode();
                    if (status >= 300 || (step.path("await").asBoolean(false) && !settled(step, response))) {
                        failures.add(new Failure(file.getFileName().toString(), key, status + " " + response.body()));
                        continue;
                    }
                    String method = method(step);
                    if (method.equals("GET")) {
                        read++;
                    } else if (response.headers().firstValue("Idempotent-Replayed").filter("true"::equalsIgnoreCase).isPresent()) {
                        replayed++;
                    } else {
                        created++;
                    }
                    save(step, response.body(), saved);
                } catch (UnresolvedVariable e) {
                    failures.add(new Failure(file.getFileName().toString(), key, e.getMessage()));
                } catch (IOException e) {
                    failures.add(new Failure(file.getFileName().toString(), key, "no answer: " + e));
                }
            }
        }
        return new Summary(steps, created, replayed, read, List.copyOf(failures), Map.copyOf(saved));
    }

    private HttpResponse<String> send(JsonNode step, String key, Map<String, String> saved, Path dir)
            throws IOException {
        String method = method(step);
        String path = substitute(step.path("path").asText(), saved);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                                                 .timeout(Duration.ofSeconds(30))
                                                 .header("Accept", "application/json")
                                                 .header("Authorization", authorization.get());
        if (step.has("body")) {
            String body = substitute(JSON.writeValueAsString(step.get("body")), saved);
            request.header("Content-Type", "application/json")
                   .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else if (step.has("upload")) {
            // A spreadsheet beside the step file, sent as the import endpoints take it (multipart part "file").
            String name = step.path("upload").asText();
            byte[] content = Files.readAllBytes(dir.resolve(name));
            String boundary = "lienhiep-demo-" + key;
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                             + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                   .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (!method.equals("GET")) {
            request.header("Idempotency-Key", "demo-" + provinceCode + "-" + key);
        }
        // A service being restarted by the supervisor answers 502/503 for a moment; the same key makes a retry safe.
        IOException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if ((status != 502 && status != 503 && status != 504) || attempt == 5) {
                    return response;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sleep(attempt * 1000L);
        }
        throw last;
    }

    /**
     * An awaited GET has settled when it answers 2xx and, with {@code "until": {"/pointer": "value"}}, its answer holds
     * those values (e.g. an import job until its status is COMPLETED).
     */
    private static boolean settled(JsonNode step, HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            return false;
        }
        JsonNode until = step.path("until");
        if (until.isMissingNode() || until.isEmpty()) {
            return true;
        }
        try {
            JsonNode answer = JSON.readTree(response.body());
            Iterator<Map.Entry<String, JsonNode>> wanted = until.fields();
            while (wanted.hasNext()) {
                Map.Entry<String, JsonNode> field = wanted.next();
                if (!answer.at(field.getKey()).asText().equals(field.getValue().asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String method(JsonNode step) {
        return step.path("method").asText("POST").toUpperCase();
    }

    private static void save(JsonNode step, String body, Map<String, String> saved) throws IOException {
        JsonNode wanted = step.path("save");
        if (wanted.isMissingNode() || wanted.isEmpty()) {
            return;
        }
        JsonNode answer = JSON.readTree(body);
        Iterator<Map.Entry<String, JsonNode>> fields = wanted.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = field.getValue().asText();
            JsonNode value = answer.at(pointer.startsWith("/") ? pointer : "/" + pointer.replace('.', '/'));
            if (value.isMissingNode() || value.isNull()) {
                throw new UnresolvedVariable("answer has no " + pointer + " to save as " + field.getKey() + ": " + body);
            }
            saved.put(field.getKey(), value.asText());
        }
    }

    private static String substitute(String text, Map<String, String> saved) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = saved.get(matcher.group(1));
            if (value == null) {
                throw new UnresolvedVariable("needs ${" + matcher.group(1) + "}, which no earlier step saved (did it fail?)");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The step files of this province, in name order, wherever the classpath keeps them (folder or jar). */
    List<Path> stepFiles() {
        URL demo = DemoLoader.class.getClassLoader().getResource("demo");
        if (demo == null) {
            return List.of();
        }
        try {
            URI uri = demo.toURI();
            Path root;
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                root = jar.getPath("/demo");
            } else {
                root = Path.of(uri);
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> provinces = Files.list(root)) {
                for (Path province : provinces.filter(Files::isDirectory)
                                              .filter(p -> p.getFileName().toString().replace("/", "").startsWith(provinceCode + "-"))
                                              .toList()) {
                    try (Stream<Path> steps = Files.list(province)) {
                        steps.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(files::add);
                    }
                }
            }
            files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo step file " + file, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class UnresolvedVariable extends RuntimeException {
        UnresolvedVariable(String message) {
            super(message);
        }
    }
}
