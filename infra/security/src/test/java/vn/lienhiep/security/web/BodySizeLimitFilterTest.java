package vn.lienhiep.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one body-size limit in a real Tomcat: declared and chunked bodies over the limit never reach the servlet, a
 * small chunked body arrives whole and can be read again, uploads have their own ceiling.
 */
class BodySizeLimitFilterTest {

    static final int MAX_BODY = 1000;
    static final int MAX_UPLOAD = 5000;
    static final AtomicInteger reached = new AtomicInteger();
    static Tomcat tomcat;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat-").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        ProblemResponses problems = new ProblemResponses(kind -> "urn:test:" + kind, request -> "req-1");
        FilterDef limit = new FilterDef();
        limit.setFilterName("limit");
        limit.setFilter(new BodySizeLimitFilter(MAX_BODY, MAX_UPLOAD, (request, response, bytes) ->
                problems.write(request, response, 413, "content-too-large", new ProblemResponses.Text(
                        "Nội dung quá lớn / Content too large", "Quá " + bytes + " byte.", "Over " + bytes + " bytes."))));
        context.addFilterDef(limit);
        FilterMap map = new FilterMap();
        map.setFilterName("limit");
        map.addURLPattern("/*");
        context.addFilterMap(map);
        Tomcat.addServlet(context, "echo", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                reached.incrementAndGet();
                byte[] first = request.getInputStream().readAllBytes();
                // What a buffered body allows: the next reader (a controller after the idempotency fingerprint) reads
                // it again, whole.
                byte[] second = request instanceof BufferedBodyRequest ? request.getInputStream().readAllBytes() : first;
                response.setContentType("text/plain");
                response.getWriter().write(first.length + " " + second.length + " "
                                           + (request instanceof BufferedBodyRequest));
            }
        });
        context.addServletMappingDecoded("/*", "echo");
        tomcat.start();
        base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private static HttpResponse<String> send(HttpRequest.BodyPublisher body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/things")).header("Content-Type", contentType)
                                         .POST(body).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                         .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** No length known up front: the JDK client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeTheServlet() throws Exception {
        int before = reached.get();

        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_BODY + 1]),
                                             "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Connection")).hasValue("close");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:test:content-too-large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).isEqualTo("Quá 1000 byte.");
        assertThat(problem.path("instance").asText()).isEqualTo("/things");
        assertThat(problem.path("requestId").asText()).isEqualTo("req-1");
        assertThat(reached.get()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsCountedAndRefused() throws Exception {
        int before = reached.get();

        HttpResponse<String> response = send(chunked(new byte[MAX_BODY + 1]), "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(reached.get()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitArrivesWholeAndCanBeReadTwice() throws Exception {
        HttpResponse<String> response = send(chunked(new byte[MAX_BODY]), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(MAX_BODY + " " + MAX_BODY + " true");
    }

    @Test
    void aBodyWithALengthWithinTheLimitIsNotCopied() throws Exception {
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_BODY]),
                                             "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(MAX_BODY + " " + MAX_BODY + " false");
    }

    @Test
    void anUploadHasItsOwnLargerCeiling() throws Exception {
        HttpResponse<String> within = send(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_UPLOAD]),
                                           "multipart/form-data; boundary=x");
        assertThat(within.statusCode()).isEqualTo(200);

        HttpResponse<String> over = send(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_UPLOAD + 1]),
                                         "Multipart/Form-Data; boundary=x");
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(new ObjectMapper().readTree(over.body()).path("detail").asText()).isEqualTo("Quá 5000 byte.");
    }
}
