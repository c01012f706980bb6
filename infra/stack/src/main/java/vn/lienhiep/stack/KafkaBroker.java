package vn.lienhiep.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.common.Uuid;

/**
 * The embedded stack's Kafka: a real KRaft broker (broker and controller in one node) bound to loopback only, data
 * under the stack's data directory so topics and offsets survive restarts (docs/platform-notes.md#kafka-broker).
 *
 * <p>Usage: {@code KafkaBroker <dataDir> <port> <controllerPort>}; runs until the JVM is told to stop.
 */
public final class KafkaBroker {

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".data/kafka").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        Path properties = writeServerProperties(dataDir, port, controllerPort);
        formatOnce(dataDir, properties);
        kafka.Kafka.main(new String[] {properties.toString()});
    }

    static Path writeServerProperties(Path dataDir, int port, int controllerPort) throws IOException {
        Files.createDirectories(logDir(dataDir));
        List<String> lines = List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.dirs=" + logDir(dataDir));
        Path file = dataDir.resolve("server.properties");
        // Rewritten at every start: the ports may change between runs, the data (log.dirs) stays.
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Formatting twice would give the node a new cluster id and orphan its data, so it happens only once. */
    static void formatOnce(Path dataDir, Path properties) {
        if (Files.exists(logDir(dataDir).resolve("meta.properties"))) {
            return;
        }
        // execute, not main: main calls System.exit when it is done.
        int code = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()}, System.out);
        if (code != 0) {
            throw new IllegalStateException("formatting the Kafka storage in " + logDir(dataDir) + " failed (" + code + ")");
        }
    }

    static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }
}
