package vn.lienhiep.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import vn.lienhiep.stack.Identity;
import vn.lienhiep.stack.Platform;
import vn.lienhiep.stack.PlatformConfig;

/**
 * The platform a proof command measures: started by the launcher's own code (the same processes, jars and supervision
 * as {@code ./lienhiep up}) on a fresh temporary data directory and free ports, so it never touches a running
 * installation's data. Callers get the gateway URL, the launcher's service-account token and the config (ports,
 * data directory) to reach Kafka, the Mongo-wire server and the event stores directly.
 */
public final class ProofPlatform implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final PlatformConfig config;
    private final Identity identity;
    private final Consumer<String> log;
    private Platform platform;

    private ProofPlatform(PlatformConfig config, Consumer<String> log) {
        this.config = config;
        this.identity = new Identity(config);
        this.log = log;
    }

    /**
     * @param home     the repository root (system property {@code lienhiep.home})
     * @param extraEnv on top of the province: e.g. {@code LIENHIEP_GATEWAY_RATELIMIT_ENABLED=false} for a load test
     */
    public static ProofPlatform start(Path home, Map<String, String> extraEnv, Consumer<String> log)
            throws TimeoutException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LIENHIEP_PROVINCE_CODE", "14");
        env.put("LIENHIEP_PROVINCE_NAME", "Sơn La");
        env.putAll(extraEnv);
        ProofPlatform proof = new ProofPlatform(PlatformConfig.ephemeral(home, List.of(), env), log);
        proof.startProcesses();
        return proof;
    }

    /** The repository root the proof commands run from. */
    public static Path home() {
        return Path.of(System.getProperty("lienhiep.home", System.getProperty("user.dir")));
    }

    private void startProcesses() throws TimeoutException {
        long began = System.nanoTime();
        platform = Platform.start(config, true, line -> log.accept("  " + line));
        platform.awaitReady(START_TIMEOUT);
        log.accept(String.format("[proof] platform READY at %s in %.1f s (data %s)", platform.gatewayUrl(),
                                 (System.nanoTime() - began) / 1e9, config.dataDir()));
    }

    /** Stops every process and starts them again on the same data (a full restart). */
    public void restart() throws TimeoutException {
        platform.stop();
        startProcesses();
    }

    public Platform platform() {
        return platform;
    }

    public PlatformConfig config() {
        return config;
    }

    public String gatewayUrl() {
        return platform.gatewayUrl();
    }

    /** {@code Authorization} header of the launcher's service account (UNION_ADMIN, UNION_STAFF, UNION_LEADERSHIP, OPERATOR). */
    public String authorization() {
        return identity.authorization();
    }

    public Identity identity() {
        return identity;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + config.port(PlatformConfig.KAFKA_PORT);
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + config.port(PlatformConfig.MONGO_PORT);
    }

    /**
     * Stops the platform and deletes its data (a full chaos or bench run leaves close to 1 GB of event stores, Kafka
     * logs and read models), keeping only the process logs so a failed run can still be investigated.
     * {@code LIENHIEP_PROOF_KEEP_DATA=true} keeps everything.
     */
    @Override
    public void close() {
        stop();
        if (!"true".equalsIgnoreCase(System.getenv("LIENHIEP_PROOF_KEEP_DATA"))) {
            deleteAllBut(config.dataDir(), config.logDir());
        }
    }

    /** Stops every process (orderly), keeping the data: a run that reads the stores afterwards calls this first. */
    public void stop() {
        if (platform != null) {
            platform.stop();
            platform = null;
        }
    }

    private static void deleteAllBut(Path root, Path keep) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                 .filter(path -> !path.startsWith(keep) && !keep.startsWith(path))
                 .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[proof] could not delete " + root + ": " + e.getMessage());
        }
    }
}
