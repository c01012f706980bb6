package vn.lienhiep.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One supervised child JVM. Its own thread starts it, watches it and, when it exits without being asked to,
 * starts it again after a {@link Backoff} delay. Console output goes to the child's log file, appended across
 * restarts so the reason for a crash stays next to the restart.
 */
final class Child {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path logFile;
    private final BooleanSupplier probe;
    private final Consumer<String> out;
    private final Backoff backoff = new Backoff();

    private volatile Process process;
    private volatile Instant healthySince;
    private volatile boolean stopping;
    private volatile Thread supervisor;
    private int totalRestarts;
    private volatile Duration lastStartup;

    Child(String name, List<String> command, Map<String, String> env, Path logFile, BooleanSupplier probe,
          Consumer<String> out) {
        this.name = name;
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.logFile = logFile;
        this.probe = probe;
        this.out = out;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    synchronized void start() {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(this::supervise, "lienhiep-supervisor-" + name);
        supervisor.setDaemon(true);
        supervisor.start();
    }

    boolean isHealthy() {
        Process current = process;
        return healthySince != null && current != null && current.isAlive();
    }

    long pid() {
        Process current = process;
        if (current == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return current.pid();
    }

    /** From process start to its first healthy probe, for the last start; null until then. */
    Duration lastStartup() {
        return lastStartup;
    }

    int totalRestarts() {
        return totalRestarts;
    }

    /** SIGTERM, up to {@code grace} to finish, then SIGKILL. Returns once the process is gone. */
    void stop(Duration grace) {
        Process current;
        synchronized (this) {
            stopping = true; // launch() checks it under the same lock: no new process after this point
            current = process;
        }
        Thread thread = supervisor;
        if (thread != null) {
            thread.interrupt();
        }
        if (current == null) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                out.accept("[lienhiep] " + name + " did not stop within " + grace.toSeconds() + " s; killing it");
                current.destroyForcibly();
                current.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // a stale pid file only makes a later error message name a process that is gone
        }
    }

    private void supervise() {
        try {
            while (!stopping) {
                Instant started = Instant.now();
                launch();
                boolean restarted = totalRestarts > 0;
                watchUntilExit(restarted, started);
                if (stopping) {
                    return;
                }
                int code = process.exitValue();
                Instant since = healthySince;
                Duration healthyFor = since == null ? Duration.ZERO : Duration.between(since, Instant.now());
                healthySince = null;
                Duration delay = backoff.nextDelay(healthyFor);
                totalRestarts++;
                out.accept("[lienhiep] " + name + " exited (code " + code + "); restarting in " + delay.toSeconds()
                           + "s (restart #" + totalRestarts + ")");
                Thread.sleep(delay.toMillis());
            }
        } catch (InterruptedException e) {
            // stop() interrupts a back-off sleep; nothing to restart
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            out.accept("[lienhiep] cannot supervise " + name + ": " + e.getMessage());
        }
    }

    private void watchUntilExit(boolean restarted, Instant started) throws InterruptedException {
        Process current = process;
        while (current.isAlive() && !stopping) {
            if (healthySince == null && probe.getAsBoolean()) {
                healthySince = Instant.now();
                lastStartup = Duration.between(started, healthySince);
                if (restarted) {
                    out.accept("[lienhiep] " + name + " healthy again ("
                               + Duration.between(started, healthySince).toMillis() / 100 / 10.0 + " s)");
                }
            }
            if (healthySince == null) {
                current.waitFor(250, TimeUnit.MILLISECONDS);
            } else {
                current.waitFor();
            }
        }
    }

    private void launch() {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "=== " + Instant.now() + " [lienhiep] starting " + name + ": "
                                       + String.join(" ", command) + System.lineSeparator(),
                              StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            synchronized (this) {
                if (stopping) {
                    throw new IllegalStateException("stopping");
                }
                process = builder.start();
            }
            // Lets the next launcher name the culprits if this one is killed -9 and leaves its children running.
            Files.createDirectories(pidFile().getParent());
            Files.writeString(pidFile(), String.valueOf(process.pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /** {@code <data>/run/<name>.pid}, next to {@code <data>/logs}. */
    Path pidFile() {
        return logFile.getParent().resolveSibling("run").resolve(name + ".pid");
    }

    static BooleanSupplier tcp(int port) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        };
    }

    static BooleanSupplier health(int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        return () -> {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                                                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
