package vn.lienhiep.proof.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.lienhiep.stack.Platform;

/**
 * What {@code ./lienhiep chaos} does: how many clients write, which faults it injects in which order, and how long
 * it waits for the platform to converge afterwards.
 *
 * @param kills          kill -9 of each service, per service
 * @param clients        concurrent writers
 * @param thinkMillis    pause of each writer between two commands (a steady load, not a flood the 2-core test box
 *                       drowns in; the bench measures throughput)
 * @param quick          the shortened schedule of ./mvnw verify: membership once, Kafka, Mongo-wire, gateway
 * @param gatewaySignal  TERM (an orderly restart, the default) or KILL
 * @param converge       the longest wait for convergence after the last fault
 */
public record ChaosOptions(int kills, int clients, long thinkMillis, boolean quick, String gatewaySignal,
                           Duration converge, Path json, boolean help) {

    public static final String USAGE = """
            Usage: ./lienhiep chaos [options]
              Starts a fresh platform (gateway rate limit lifted), runs K writers that create organisations through the
              gateway with a stable Idempotency-Key per command (retried like a careful client) and record every
              acknowledged (201) command; meanwhile kill -9 each service in turn N times (waiting until the launcher
              has it healthy again), kill -9 the Kafka broker, kill -9 the Mongo-wire server and restart the gateway.
              Then stops the load, measures convergence and checks, from the event store (H2, read after an orderly
              stop), the Kafka topic and the read models, that every acknowledged command exists exactly once.
              Exit code 1 when any invariant failed.
            Options:
              --kills N            kill -9 of each service (default 2; --quick: 1, membership only)
              --clients K          concurrent writers (default 4; --quick: 2)
              --think-ms MS        pause of each writer between commands (default 50)
              --gateway-signal S   TERM (orderly restart, default) or KILL
              --converge-seconds S longest wait for convergence after the last fault (default 300)
              --quick              the shortened schedule run by ./mvnw verify (ChaosTest)
              --json PATH          where to write the JSON report (default .data/proof/chaos-<time>.json)
              --help               this text""";

    public static ChaosOptions parse(String[] args) {
        Integer kills = null;
        Integer clients = null;
        long think = 50;
        boolean quick = false;
        String signal = "TERM";
        Duration converge = Duration.ofSeconds(300);
        Path json = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--kills" -> kills = positive(arg, value(args, ++i, arg), 0);
                case "--clients" -> clients = positive(arg, value(args, ++i, arg), 1);
                case "--think-ms" -> think = positive(arg, value(args, ++i, arg), 0);
                case "--gateway-signal" -> {
                    signal = value(args, ++i, arg).toUpperCase();
                    if (!signal.equals("TERM") && !signal.equals("KILL")) {
                        throw new IllegalArgumentException("--gateway-signal is TERM or KILL, not " + signal);
                    }
                }
                case "--converge-seconds" -> converge = Duration.ofSeconds(positive(arg, value(args, ++i, arg), 10));
                case "--quick" -> quick = true;
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new ChaosOptions(kills != null ? kills : (quick ? 1 : 2), clients != null ? clients : (quick ? 2 : 4),
                                think, quick, signal, converge, json, help);
    }

    /** The faults in order: each service {@code kills} times (only membership in the quick run), Kafka, Mongo, gateway. */
    public List<Fault> schedule() {
        List<Fault> faults = new ArrayList<>();
        List<String> services = quick ? List.of("membership-service") : List.copyOf(Platform.SERVICES.keySet());
        for (String service : services) {
            for (int i = 0; i < kills; i++) {
                faults.add(new Fault(service, Fault.Signal.KILL));
            }
        }
        faults.add(new Fault(Platform.KAFKA, Fault.Signal.KILL));
        faults.add(new Fault(Platform.MONGO, Fault.Signal.KILL));
        faults.add(new Fault(Platform.GATEWAY, Fault.Signal.valueOf(gatewaySignal)));
        return faults;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String text, int min) {
        try {
            int value = Integer.parseInt(text);
            if (value < min) {
                throw new IllegalArgumentException(option + " must be at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text);
        }
    }
}
