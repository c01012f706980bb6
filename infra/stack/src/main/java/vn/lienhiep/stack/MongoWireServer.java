package vn.lienhiep.stack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded stack's MongoDB substitute: mongo-java-server speaking the real wire protocol (services use the real
 * MongoDB driver), data in one H2 MVStore file, committed per write. Production runs real MongoDB; what this server
 * cannot do (transactions, change streams, $text, ...) is listed in docs/platform-notes.md#mongo-wire-limits and the README.
 *
 * <p>Usage: {@code MongoWireServer <dataDir> <port>}; runs until the JVM is told to stop.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static MongoServer start(Path dataDir, String host, int port) throws Exception {
        Files.createDirectories(dataDir);
        DurableH2Backend backend = DurableH2Backend.open(dataDir.resolve("mongo.mv.db").toString());
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return server;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".data/mongo");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        MongoServer server = start(dataDir, "127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        System.out.println("Mongo-wire server listening on " + address.getHostString() + ":" + address.getPort()
                           + ", data in " + dataDir.toAbsolutePath());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown(); // closes the backend, which commits and closes the MVStore
            stopped.countDown();
        }, "mongo-shutdown"));
        stopped.await();
    }
}
