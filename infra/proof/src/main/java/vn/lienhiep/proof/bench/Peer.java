package vn.lienhiep.proof.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import vn.lienhiep.proof.peer.PeerCrudApp;

/** Starts the {@link PeerCrudApp} as a child JVM with the services' JVM settings (stack Platform) and waits for it. */
public final class Peer {

    /** As vn.lienhiep.stack.Platform starts every service (BASE_JVM_OPTIONS + SERVICE_HEAP). */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-Xmx320m", "-Xss512k", "-XX:MaxMetaspaceSize=200m");

    private Peer() {
    }

    /** The running peer and where it listens. */
    public record Running(ChildJvm child, String url) implements AutoCloseable {
        @Override
        public void close() {
            child.close();
        }
    }

    /** @param mongoUri server URI without a database; the peer writes to database {@code peer_bench} */
    public static Running start(String mongoUri, Path logDir, Duration timeout) throws Exception {
        int port = ChildJvm.freePort();
        ChildJvm child = ChildJvm.start("peer-crud", SERVICE_JVM_OPTIONS, ChildJvm.currentClasspath(),
                                        PeerCrudApp.class.getName(),
                                        List.of("--server.port=" + port, "--spring.mongodb.uri=" + mongoUri), logDir);
        try {
            Http probe = new Http(url(port), null);
            child.await(() -> {
                try {
                    return probe.get("/orgs/ready-probe").status() == 404;
                } catch (Exception e) {
                    return false;
                }
            }, timeout);
            probe.close();
            return new Running(child, url(port));
        } catch (Exception e) {
            child.close();
            throw e;
        }
    }

    public static String url(int port) {
        return "http://127.0.0.1:" + port;
    }
}
