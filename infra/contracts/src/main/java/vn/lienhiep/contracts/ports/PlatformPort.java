package vn.lienhiep.contracts.ports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every port the platform listens on, declared once: its environment variable and its default. The launcher
 * (infra/stack) reads this table to check, assign and print ports; every Spring Boot process gets its own
 * {@code server.port} and the others' addresses from it through {@link PortDefaults}. So {@code MEMBERSHIP_PORT=9181}
 * moves the service and tells the gateway where it went, without a second place to edit.
 *
 * <p>The deployment files under infra/deploy (compose, Prometheus) are written for containers, where every service
 * has its own host name, and keep their own literal ports.
 */
public enum PlatformPort {

    GATEWAY("gateway", "gateway", "LIENHIEP_GATEWAY_PORT", 8080, null),
    AUTH("auth", "auth-server", "LIENHIEP_AUTH_PORT", 9000, null),
    MEMBERSHIP("membership", "membership-service", "MEMBERSHIP_PORT", 8081, "membership"),
    REVIEW("review", "review-service", "REVIEW_PORT", 8082, "review"),
    CONTEST("contest", "contest-service", "CONTEST_PORT", 8083, "contest"),
    HONOURS("honours", "honours-service", "HONOURS_PORT", 8084, "honours"),
    KAFKA("kafka", "kafka", "LIENHIEP_KAFKA_PORT", 9092, null),
    /** The broker's KRaft controller listener: same process as {@link #KAFKA}. */
    KAFKA_CONTROLLER("kafka-controller", null, "LIENHIEP_KAFKA_CONTROLLER_PORT", 9093, null),
    MONGO("mongo", "mongo", "LIENHIEP_MONGO_PORT", 27017, null);

    /** Prefix of the properties {@link PortDefaults} defines: {@code lienhiep.ports.membership} and so on. */
    public static final String PROPERTY_PREFIX = "lienhiep.ports.";

    private final String key;
    private final String process;
    private final String variable;
    private final int defaultPort;
    private final String context;

    PlatformPort(String key, String process, String variable, int defaultPort, String context) {
        this.key = key;
        this.process = process;
        this.variable = variable;
        this.defaultPort = defaultPort;
        this.context = context;
    }

    /** Short name, used in {@link #property()}. */
    public String key() {
        return key;
    }

    /**
     * The process that listens here: the launcher's child name, which is also the jar name and, for the Spring Boot
     * processes, {@code spring.application.name}; null for a second port of a process.
     */
    public String process() {
        return process;
    }

    /** The environment variable that moves it. */
    public String variable() {
        return variable;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The bounded context a service owns ({@code /api/<context>/**}), or null for infrastructure. */
    public String context() {
        return context;
    }

    public boolean isService() {
        return context != null;
    }

    /** {@code lienhiep.ports.<key>}: the resolved port inside a Spring Boot process. */
    public String property() {
        return PROPERTY_PREFIX + key;
    }

    /** {@code ${MEMBERSHIP_PORT:8081}}: the environment variable when set, else the default. */
    public String placeholder() {
        return "${" + variable + ":" + defaultPort + "}";
    }

    /** The bounded contexts' services, in start and report order. */
    public static List<PlatformPort> services() {
        return Arrays.stream(values()).filter(PlatformPort::isService).toList();
    }

    public static Optional<PlatformPort> ofProcess(String process) {
        return Arrays.stream(values()).filter(port -> port.process != null && port.process.equals(process))
                     .findFirst();
    }

    public static Optional<PlatformPort> ofVariable(String variable) {
        return Arrays.stream(values()).filter(port -> port.variable.equals(variable)).findFirst();
    }
}
