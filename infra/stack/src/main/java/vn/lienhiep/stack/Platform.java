package vn.lienhiep.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.lienhiep.contracts.ports.PlatformPort;

/**
 * The whole platform as supervised child JVMs: Kafka and the Mongo-wire server, then the four services in parallel,
 * then the gateway. Used by the {@link Launcher} and, as a library, by the end-to-end tests.
 */
public final class Platform implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";
    public static final String GATEWAY = "gateway";
    /** The embedded OpenID Connect provider (infra/auth-server). */
    public static final String AUTH = "auth-server";
    /** Service name (= jar name and log name) → its port variable. */
    public static final Map<String, String> SERVICES = orderedServices();
    public static final String DATA_MARKER = ".lienhiep-data";
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final List<String> BASE_JVM_OPTIONS = List.of(
            "-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC");
    private static final List<String> SERVICE_HEAP = List.of("-Xmx320m", "-Xss512k", "-XX:MaxMetaspaceSize=200m");

    private final PlatformConfig config;
    private final Consumer<String> out;
    private final Map<String, Child> children = new LinkedHashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean stopped;

    private Platform(PlatformConfig config, Consumer<String> out) {
        this.config = config;
        this.out = out;
    }

    /**
     * Checks the jars, the ports and the data directory, then starts bringing the platform up in the background.
     *
     * @throws IllegalStateException with an operator-readable message when it cannot start
     */
    public static Platform start(PlatformConfig config, boolean fresh, Consumer<String> out) {
        checkBuilt(config);
        checkPortsFree(config);
        prepareDataDir(config.dataDir(), fresh);
        Platform platform = new Platform(config, out);
        platform.createChildren();
        Thread bringUp = new Thread(platform::bringUp, "lienhiep-bring-up");
        bringUp.setDaemon(true);
        bringUp.start();
        return platform;
    }

    /** Waits until every child is healthy (the gateway last). */
    public void awaitReady(Duration timeout) throws TimeoutException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            List<String> waiting = children.values().stream().filter(c -> !c.isHealthy()).map(Child::name).toList();
            throw new TimeoutException("not ready after " + timeout.toSeconds() + " s; waiting for " + waiting
                                       + " (see " + config.logDir() + ")");
        } catch (ExecutionException e) {
            throw new IllegalStateException("platform did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    public PlatformConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    /** The current process id of a child (it changes when the supervisor restarts it). */
    public long pid(String childName) {
        return child(childName).pid();
    }

    public boolean isHealthy(String childName) {
        return child(childName).isHealthy();
    }

    /** How long the child's last start took until it was healthy (null while starting). */
    public Duration startupTime(String childName) {
        return child(childName).lastStartup();
    }

    public int restarts(String childName) {
        return child(childName).totalRestarts();
    }

    public List<String> childNames() {
        return List.copyOf(children.keySet());
    }

    public Path logFile(String childName) {
        return child(childName).logFile();
    }

    /** Gateway first, then the services, then Mongo and Kafka: nothing is left writing to a store that is gone. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        ready.completeExceptionally(new IllegalStateException("stopped"));
        stopAll(List.of(GATEWAY));
        stopAll(List.copyOf(SERVICES.keySet()));
        stopAll(List.of(AUTH));
        stopAll(List.of(MONGO, KAFKA));
    }

    @Override
    public void close() {
        stop();
    }

    private void stopAll(List<String> names) {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (String name : names) {
            Child child = children.get(name);
            stopping.add(CompletableFuture.runAsync(() -> child.stop(STOP_GRACE)));
        }
        stopping.forEach(CompletableFuture::join);
    }

    private Child child(String name) {
        Child child = children.get(name);
        if (child == null) {
            throw new IllegalArgumentException("no child named " + name + "; children: " + children.keySet());
        }
        return child;
    }

    private void bringUp() {
        try {
            startAndAwait(List.of(KAFKA, MONGO));
            // The services discover the provider's keys at the first token, so all start together.
            List<String> middle = new ArrayList<>(SERVICES.keySet());
            middle.add(0, AUTH);
            startAndAwait(middle);
            startAndAwait(List.of(GATEWAY));
            ready.complete(null);
        } catch (InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    private void startAndAwait(List<String> names) throws InterruptedException {
        for (String name : names) {
            if (stopped) {
                throw new InterruptedException("stopped");
            }
            children.get(name).start();
        }
        for (String name : names) {
            while (!children.get(name).isHealthy()) {
                if (stopped) {
                    throw new InterruptedException("stopped");
                }
                Thread.sleep(100);
            }
        }
    }

    private void createChildren() {
        Path stackHome = config.home().resolve("infra/stack/target");
        String stackClasspath = stackHome.resolve("classes") + java.io.File.pathSeparator + stackHome.resolve("lib") + "/*";
        Map<String, String> env = childEnvironment();
        Path data = config.dataDir();

        List<String> kafka = jvm("-Xmx256m");
        kafka.addAll(List.of("-cp", stackClasspath, KafkaBroker.class.getName(), data.resolve("kafka").toString(),
                             String.valueOf(config.port(PlatformConfig.KAFKA_PORT)),
                             String.valueOf(config.port(PlatformConfig.KAFKA_CONTROLLER_PORT))));
        add(KAFKA, kafka, env, Child.tcp(config.port(PlatformConfig.KAFKA_PORT)));

        List<String> mongo = jvm("-Xmx256m");
        mongo.addAll(List.of("-cp", stackClasspath, MongoWireServer.class.getName(), data.resolve("mongo").toString(),
                             String.valueOf(config.port(PlatformConfig.MONGO_PORT))));
        add(MONGO, mongo, env, Child.tcp(config.port(PlatformConfig.MONGO_PORT)));

        // Only the provider and the gateway hold client secrets; the services need none.
        Map<String, String> secrets = Identity.secrets(data);
        Map<String, String> authEnv = new LinkedHashMap<>(env);
        authEnv.putAll(secrets);
        authEnv.put("LIENHIEP_GATEWAY_URL", config.gatewayUrl());
        add(AUTH, springBoot(AUTH), authEnv, Child.health(config.port(PlatformConfig.AUTH_PORT)));
        SERVICES.forEach((service, portName) -> add(service, springBoot(service), env, Child.health(config.port(portName))));
        Map<String, String> gatewayEnv = new LinkedHashMap<>(env);
        gatewayEnv.put(Identity.GATEWAY_SECRET, secrets.get(Identity.GATEWAY_SECRET));
        add(GATEWAY, springBoot(GATEWAY), gatewayEnv, Child.health(config.gatewayPort()));
    }

    private void add(String name, List<String> command, Map<String, String> env, java.util.function.BooleanSupplier probe) {
        children.put(name, new Child(name, command, env, config.logDir().resolve(name + ".log"), probe, out));
    }

    private List<String> springBoot(String name) {
        List<String> command = jvm(SERVICE_HEAP.toArray(new String[0]));
        command.addAll(List.of("-jar", jar(config, name).toString()));
        return command;
    }

    private List<String> jvm(String... heap) {
        List<String> command = new ArrayList<>();
        // Own session: a Ctrl-C in the terminal reaches only the launcher, which then stops the children in order.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BASE_JVM_OPTIONS);
        command.addAll(List.of(heap));
        command.addAll(config.javaOptions());
        return command;
    }

    private Map<String, String> childEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        config.ports().forEach((name, port) -> env.put(name, String.valueOf(port)));
        env.put("LIENHIEP_DATA", config.dataDir().toString());
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        env.putAll(config.extraEnv());
        return env;
    }

    static Path jar(PlatformConfig config, String name) {
        if (name.equals(AUTH)) { // its plain jar is a test dependency of the gateway; the runnable one is "exec"
            return config.home().resolve("infra/auth-server/target/auth-server-exec.jar");
        }
        return config.home().resolve(name).resolve("target").resolve(name + ".jar");
    }

    static void checkBuilt(PlatformConfig config) {
        List<Path> missing = new ArrayList<>();
        Stream.concat(SERVICES.keySet().stream(), Stream.of(GATEWAY, AUTH)).map(name -> jar(config, name))
              .filter(jar -> !Files.isRegularFile(jar)).forEach(missing::add);
        Path stack = config.home().resolve("infra/stack/target");
        for (Path needed : List.of(stack.resolve("classes"), stack.resolve("lib"))) {
            if (!Files.isDirectory(needed)) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built: " + missing + " — run ./lienhiep up (it builds) or ./mvnw -DskipTests install"
                                            + " (lienhiep.home = " + config.home() + ")");
        }
    }

    static void checkPortsFree(PlatformConfig config) {
        List<String> taken = new ArrayList<>();
        Map<Integer, String> seen = new LinkedHashMap<>();
        config.ports().forEach((name, port) -> {
            String other = seen.putIfAbsent(port, name);
            if (other != null) {
                taken.add(name + "=" + port + " (same as " + other + ")");
            } else if (!isFree(port)) {
                taken.add(name + "=" + port);
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("port(s) already in use: " + String.join(", ", taken)
                                            + " — is the platform already running? Stop it, or choose other ports"
                                            + " with these environment variables." + leftovers(config.dataDir()));
        }
    }

    /** Children of an earlier launcher that was killed without stopping them, from their pid files. */
    static String leftovers(Path dataDir) {
        Path run = dataDir.resolve("run");
        if (!Files.isDirectory(run)) {
            return "";
        }
        List<String> alive = new ArrayList<>();
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(file).strip());
                java.util.Optional<ProcessHandle> handle = ProcessHandle.of(pid);
                boolean java = handle.flatMap(h -> h.info().command()).map(c -> c.endsWith("java")).orElse(false);
                if (handle.isPresent() && handle.get().isAlive() && java) {
                    alive.add(String.valueOf(pid));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "";
        }
        return alive.isEmpty() ? "" : " Children of an earlier launcher are still running: kill " + String.join(" ", alive);
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A data directory is the platform's once it holds the marker. {@code fresh} wipes only such a directory, and a
     * non-empty directory without it is refused: LIENHIEP_DATA=$HOME with --fresh must not delete a home directory.
     */
    static void prepareDataDir(Path dataDir, boolean fresh) {
        try {
            Path marker = dataDir.resolve(DATA_MARKER);
            if (Files.isDirectory(dataDir) && !Files.exists(marker) && !isEmpty(dataDir)) {
                throw new IllegalStateException("refusing to use " + dataDir + ": it is not empty and has no "
                                                + DATA_MARKER + " marker, so it may not be the platform's data."
                                                + " Point LIENHIEP_DATA at an empty or new directory.");
            }
            if (fresh && Files.exists(marker)) {
                try (Stream<Path> all = Files.walk(dataDir)) {
                    for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                        if (!path.equals(dataDir)) {
                            Files.delete(path);
                        }
                    }
                }
            }
            Files.createDirectories(dataDir);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Data of the Liên hiệp Hội platform; ./lienhiep up --fresh may delete this directory.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare data directory " + dataDir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Map<String, String> orderedServices() {
        Map<String, String> services = new LinkedHashMap<>();
        for (PlatformPort service : PlatformPort.services()) {
            services.put(service.process(), service.variable());
        }
        return java.util.Collections.unmodifiableMap(services);
    }
}
