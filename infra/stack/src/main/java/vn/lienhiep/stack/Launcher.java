package vn.lienhiep.stack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;

import vn.lienhiep.contracts.ports.PlatformPort;

/**
 * {@code ./lienhiep up [--demo] [--fresh]}: starts the platform, prints {@code READY <gateway url>} once everything is
 * healthy, keeps the children alive, and stops them in order on Ctrl-C / SIGTERM.
 */
public final class Launcher {

    static final String USAGE = """
            Usage: ./lienhiep <command>

              up [--demo] [--fresh]  start Kafka, the Mongo-wire server, the identity provider, the four services
                                     and the gateway; prints READY <gateway url> when all are healthy, then the
                                     first admin's password once; Ctrl-C stops everything.
                                     --demo   load the demo data (Sơn La) through the gateway after READY and
                                              create one demo account per role (passwords printed once)
                                     --fresh  delete the platform's data directory first
              demo                   load the demo data into a platform that is already running (idempotent)
              events [topic]         print the public events on a Kafka topic from the beginning, as they arrive
                                     (default topic: lienhiep.membership.v1)
              status                 health of every process, each event processor's lag and each Kafka
                                     consumer group's lag, and where the metrics are (exit 1 if anything is down)
              bench | chaos | fuzz   the proof harness (infra/proof): each starts its own platform on a fresh
                                     data directory and free ports and prints a report
              help                   this text

            Environment: LIENHIEP_DATA (data directory, default ./.data),
            %s
              LIENHIEP_PROVINCE_CODE (14) / LIENHIEP_PROVINCE_NAME (Sơn La), LIENHIEP_JAVA_OPTS (extra JVM options
              for every child), LIENHIEP_START_TIMEOUT (seconds, default 300).
            """.formatted(portVariables());

    private Launcher() {
    }

    /** The port variables and their defaults, from the one port table, three to a line. */
    static String portVariables() {
        StringBuilder text = new StringBuilder("  ");
        PlatformPort[] ports = PlatformPort.values();
        for (int i = 0; i < ports.length; i++) {
            if (i > 0) {
                text.append(i % 3 == 0 ? "\n  " : " ");
            }
            text.append(ports[i].variable()).append(" (").append(ports[i].defaultPort())
                .append(ports[i] == PlatformPort.AUTH ? ", the identity provider" : "").append("),");
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "up" -> up(rest);
            case "demo" -> System.exit(demo(PlatformConfig.fromEnvironment(System.getenv())).failed() == 0 ? 0 : 1);
            case "events" -> EventTail.main(rest.toArray(new String[0]));
            case "status" -> Status.main(rest.toArray(new String[0]));
            case "help", "-h", "--help" -> System.out.print(USAGE);
            default -> {
                System.err.println("unknown command: " + command);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    private static void up(List<String> options) throws InterruptedException {
        for (String option : options) {
            if (!option.equals("--demo") && !option.equals("--fresh")) {
                System.err.println("unknown option for up: " + option);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
        PlatformConfig config = PlatformConfig.fromEnvironment(System.getenv());
        long began = System.nanoTime();
        Platform platform;
        try {
            platform = Platform.start(config, options.contains("--fresh"), Launcher::say);
        } catch (IllegalStateException e) {
            say("[lienhiep] cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("[lienhiep] stopping …");
            platform.stop();
            say("[lienhiep] stopped");
            stopped.countDown();
        }, "lienhiep-shutdown"));
        say("[lienhiep] starting; data in " + config.dataDir() + ", logs in " + config.logDir());
        try {
            platform.awaitReady(Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("LIENHIEP_START_TIMEOUT", "300"))));
        } catch (TimeoutException | IllegalStateException e) {
            if (platform.isStopped()) { // Ctrl-C during start-up: the shutdown hook is already stopping everything
                stopped.await();
                return;
            }
            say("[lienhiep] " + e.getMessage());
            System.exit(1);
            return;
        }
        say("READY " + config.gatewayUrl());
        printTable(config, platform, (System.nanoTime() - began) / 1_000_000);
        Identity identity = new Identity(config);
        identity.printFirstAdmin(Launcher::say);
        if (options.contains("--demo")) {
            DemoLoader.Summary summary = demo(config);
            try {
                List<Identity.CreatedAccount> accounts = identity.createDemoAccounts(summary.saved().get("orgKhoaHocKinhTe"));
                if (!accounts.isEmpty()) {
                    say("[lienhiep] Tài khoản dùng thử, CHỈ ĐỂ DEMO / demo accounts, DEMO ONLY (mật khẩu in một lần / "
                        + "passwords shown once; log in at " + config.gatewayUrl() + "/oauth2/authorization/lienhiep):");
                    accounts.forEach(account -> say(account.line()));
                }
            } catch (RuntimeException e) {
                say("[lienhiep] demo accounts not created: " + e.getMessage());
            }
            try {
                String expert = identity.linkDemoExpert(summary.saved());
                if (expert != null) {
                    say("[lienhiep] " + Identity.DEMO_EXPERT_ACCOUNT + " là chuyên gia / is the expert " + expert);
                }
            } catch (RuntimeException e) {
                say("[lienhiep] " + Identity.DEMO_EXPERT_ACCOUNT + " not linked to the demo's expert: " + e.getMessage());
            }
            try {
                identity.linkDemoJudge();
                say("[lienhiep] " + Identity.DEMO_JUDGE_ACCOUNT + " là giám khảo / is the judge " + Identity.DEMO_JUDGE_PERSON);
            } catch (RuntimeException e) {
                say("[lienhiep] " + Identity.DEMO_JUDGE_ACCOUNT + " not linked to the demo's judge: " + e.getMessage());
            }
        }
        stopped.await();
    }

    private static DemoLoader.Summary demo(PlatformConfig config) {
        Identity identity = new Identity(config);
        DemoLoader.Summary summary = new DemoLoader(config.gatewayUrl(), config.provinceCode(), identity::authorization,
                                                    Launcher::say).run();
        say(summary.describe());
        return summary;
    }

    private static void printTable(PlatformConfig config, Platform platform, long millis) {
        StringBuilder table = new StringBuilder();
        row(table, platform, Platform.GATEWAY, config.gatewayUrl() + "/api/…");
        row(table, platform, Platform.AUTH, config.authUrl() + " (OpenID Connect)");
        Platform.SERVICES.forEach((service, port) -> row(table, platform, service, "http://127.0.0.1:" + config.port(port)));
        row(table, platform, Platform.KAFKA, "127.0.0.1:" + config.port(PlatformConfig.KAFKA_PORT));
        row(table, platform, Platform.MONGO, "mongodb://127.0.0.1:" + config.port(PlatformConfig.MONGO_PORT));
        table.append(String.format("  started in %.1f s; public events: ./lienhiep events; health and lag: ./lienhiep status;"
                                   + " stop: Ctrl-C%n", millis / 1000.0));
        table.append("  metrics (Prometheus, OPERATOR token): <service url>/actuator/prometheus, "
                     + config.gatewayUrl() + "/actuator/prometheus\n");
        System.out.print(table);
        System.out.flush();
    }

    private static void row(StringBuilder table, Platform platform, String child, String address) {
        Duration startup = platform.startupTime(child);
        table.append(String.format("  %-19s %-36s %6s  %s%n", child, address,
                                   startup == null ? "" : String.format("%.1fs", startup.toMillis() / 1000.0),
                                   platform.logFile(child)));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
