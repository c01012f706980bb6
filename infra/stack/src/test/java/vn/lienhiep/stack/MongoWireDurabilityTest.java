package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read models' durability promise: a write the driver saw acknowledged survives a kill -9 of the server
 * (the stock H2 backend commits once a second and lost 2 of 598 here, docs/platform-notes.md#mongo-wire-durability).
 */
class MongoWireDurabilityTest {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path data;

    private Process server;

    @AfterEach
    void killServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedInsertSurvivesKillDashNine() throws Exception {
        int port = PlatformPreflightTest.freePort();
        server = startServer(port);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = client.getDatabase("durability").getCollection("docs");
            for (int i = 0; i < DOCUMENTS; i++) {
                collection.insertOne(new Document("_id", "doc-" + i).append("n", i)); // returns once acknowledged
            }
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();

        server = startServer(port);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = client.getDatabase("durability").getCollection("docs");
            Set<String> ids = new HashSet<>();
            collection.find().forEach(doc -> ids.add(doc.getString("_id")));
            assertThat(ids).hasSize(DOCUMENTS);
            for (int i = 0; i < DOCUMENTS; i++) {
                assertThat(ids).contains("doc-" + i);
            }
        }
    }

    private Process startServer(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
                                                     "-cp", System.getProperty("java.class.path"),
                                                     MongoWireServer.class.getName(), data.toString(), String.valueOf(port)))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Mongo-wire server exited: see " + data.resolve("server.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Mongo-wire server not listening on " + port);
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&retryWrites=false");
    }
}
