package vn.lienhiep.proof.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A Java child process the bench starts itself (the peer app; in the smoke test also the Kafka broker and the
 * Mongo-wire server, so no platform is needed): same JVM binary, output to a log file, stopped gracefully then
 * forcibly.
 */
public final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();
    private Duration startup;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** {@code java <jvmOptions> -cp <classpath> <mainClass> <args>}. */
    public static ChildJvm start(String name, List<String> jvmOptions, String classpath, String mainClass,
                                 List<String> args, Path logDir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                                                     .redirectOutput(log.toFile()).start();
        return new ChildJvm(name, process, log);
    }

    /** The classpath of this JVM (under Surefire the real one, not its manifest-only booter jar). */
    public static String currentClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits until {@code ready} holds; records the start-up time. */
    public ChildJvm await(BooleanSupplier ready, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(50);
        }
        startup = Duration.ofNanos(System.nanoTime() - startedNanos);
        return this;
    }

    public static BooleanSupplier tcp(int port) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        };
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Duration startup() {
        return startup;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
