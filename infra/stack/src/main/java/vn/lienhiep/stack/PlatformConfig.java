package vn.lienhiep.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienhiep.contracts.ports.PlatformPort;

/**
 * Where the platform lives and which ports it takes. The ports, their variables and defaults are the one table in
 * contracts ({@link PlatformPort}), which every process also reads for its own port and the others'; so
 * {@code MEMBERSHIP_PORT=9181 ./lienhiep up} moves the service and tells the gateway where it went.
 *
 * @param home       the repository root: jars are found under it
 * @param dataDir    event stores, read models, Kafka logs, child logs
 * @param ports      port variable name → port, see {@link #PORT_DEFAULTS}
 * @param javaOptions extra JVM options for every child (LIENHIEP_JAVA_OPTS)
 * @param extraEnv   passed to every child on top of the ports and LIENHIEP_DATA (e.g. LIENHIEP_PROVINCE_CODE)
 */
public record PlatformConfig(Path home, Path dataDir, Map<String, Integer> ports, List<String> javaOptions,
                             Map<String, String> extraEnv) {

    public static final String GATEWAY_PORT = PlatformPort.GATEWAY.variable();
    public static final String KAFKA_PORT = PlatformPort.KAFKA.variable();
    public static final String KAFKA_CONTROLLER_PORT = PlatformPort.KAFKA_CONTROLLER.variable();
    public static final String MONGO_PORT = PlatformPort.MONGO.variable();
    public static final String AUTH_PORT = PlatformPort.AUTH.variable();

    /** Variable → default, in the table's order: the order ports are checked and reported in. */
    public static final Map<String, Integer> PORT_DEFAULTS;
    public static final List<String> ORDERED_PORT_NAMES;

    static {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        for (PlatformPort port : PlatformPort.values()) {
            defaults.put(port.variable(), port.defaultPort());
        }
        PORT_DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
        ORDERED_PORT_NAMES = List.copyOf(defaults.keySet());
    }

    /** Passed through to the children when set in the launcher's environment. */
    private static final List<String> PASSED_THROUGH = List.of("LIENHIEP_PROVINCE_CODE", "LIENHIEP_PROVINCE_NAME");

    public PlatformConfig {
        home = home.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        Map<String, Integer> complete = new LinkedHashMap<>();
        for (String name : ORDERED_PORT_NAMES) {
            complete.put(name, ports.getOrDefault(name, PORT_DEFAULTS.get(name)));
        }
        ports = java.util.Collections.unmodifiableMap(complete); // keeps the order for messages and tables
        javaOptions = List.copyOf(javaOptions);
        extraEnv = Map.copyOf(extraEnv);
    }

    public static PlatformConfig fromEnvironment(Map<String, String> env) {
        Path home = Path.of(System.getProperty("lienhiep.home", System.getProperty("user.dir")));
        String data = env.get("LIENHIEP_DATA");
        Path dataDir = data == null || data.isBlank() ? home.resolve(".data") : Path.of(data);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : ORDERED_PORT_NAMES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    ports.put(name, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " is not a port number: " + value);
                }
            }
        }
        String opts = env.getOrDefault("LIENHIEP_JAVA_OPTS", "");
        List<String> javaOptions = new ArrayList<>(Arrays.asList(opts.strip().split("\\s+")));
        javaOptions.removeIf(String::isBlank);
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : PASSED_THROUGH) {
            if (env.get(name) != null) {
                extra.put(name, env.get(name));
            }
        }
        return new PlatformConfig(home, dataDir, ports, javaOptions, extra);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no such port: " + name);
        }
        return port;
    }

    public int gatewayPort() {
        return port(GATEWAY_PORT);
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort();
    }

    /** The embedded identity provider: its issuer, token endpoint and admin API. */
    public String authUrl() {
        return "http://127.0.0.1:" + port(AUTH_PORT);
    }

    public String provinceCode() {
        return extraEnv.getOrDefault("LIENHIEP_PROVINCE_CODE", "14");
    }

    public String provinceName() {
        return extraEnv.getOrDefault("LIENHIEP_PROVINCE_NAME", "Sơn La");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /**
     * A throw-away platform: a new temporary data directory and free loopback ports, so it can run next to a
     * platform started with the defaults (tests, {@code ./lienhiep bench|chaos|fuzz}).
     */
    public static PlatformConfig ephemeral(Path home, List<String> javaOptions, Map<String, String> extraEnv) {
        try {
            Path data = java.nio.file.Files.createTempDirectory("lienhiep-");
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String name : ORDERED_PORT_NAMES) {
                ports.put(name, freePort(ports.values()));
            }
            return new PlatformConfig(home, data, ports, javaOptions, extraEnv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort(java.util.Collection<Integer> taken) throws java.io.IOException {
        while (true) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (!taken.contains(port)) {
                    return port;
                }
            }
        }
    }

    public PlatformConfig withExtraEnv(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(extraEnv);
        merged.putAll(more);
        return new PlatformConfig(home, dataDir, ports, javaOptions, merged);
    }
}
