package vn.lienhiep.proof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code ./lienhiep bench} options; {@link #HELP} documents them. */
public record Options(boolean help, boolean quick, int samples, int warmUp, int durationSeconds,
                      List<Integer> clients, long replayEvents, int growSeconds, int floorSamples, boolean peer,
                      Path json) {

    public static final String HELP = """
            Usage: ./lienhiep bench [options]
              Starts the platform on a fresh temporary data directory (gateway rate limit lifted), warms up, measures,
              prints a table and writes JSON (default .data/proof/bench-<time>.json). Exit code 0 = the run was valid
              (every acknowledged write became visible, no server errors, replay rebuilt the same read model);
              the targets are judged in the table, not asserted.

              --quick               small counts for a smoke run (about 3 minutes instead of about 15)
              --samples N           write→visible samples after the warm-up (default 400; quick 40)
              --duration S          seconds per throughput level after a 2 s warm-up (default 15; quick 3)
              --clients 1,2,4,...   concurrent clients per throughput level; stops early once commands/s stop growing
                                    (default 1,2,4,8,16,32; quick 1,4)
              --replay-events N     grow the event store to N events before the replay (default 100000; quick 3000)
              --grow-seconds S      time budget for growing the store; the replay then runs on what was reached
                                    and the table says so (default 900; quick 120)
              --floor-samples N     samples per floor measurement (default 2000; quick 200)
              --no-peer             skip the plain Spring MVC + Spring Data MongoDB peer baseline
              --json PATH           where to write the JSON report
              --help                this text
            """;

    public static Options parse(String[] args) {
        List<String> list = Arrays.asList(args);
        boolean quick = list.contains("--quick");
        boolean help = list.contains("--help") || list.contains("-h");
        int samples = quick ? 40 : 400;
        int durationSeconds = quick ? 3 : 15;
        List<Integer> clients = quick ? List.of(1, 4) : List.of(1, 2, 4, 8, 16, 32);
        long replayEvents = quick ? 3_000 : 100_000;
        int growSeconds = quick ? 120 : 900;
        int floorSamples = quick ? 200 : 2_000;
        boolean peer = true;
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick", "--help", "-h" -> {
                }
                case "--no-peer" -> peer = false;
                case "--samples" -> samples = positive(arg, value(args, ++i));
                case "--duration" -> durationSeconds = positive(arg, value(args, ++i));
                case "--replay-events" -> replayEvents = positive(arg, value(args, ++i));
                case "--grow-seconds" -> growSeconds = positive(arg, value(args, ++i));
                case "--floor-samples" -> floorSamples = positive(arg, value(args, ++i));
                case "--json" -> json = Path.of(value(args, ++i));
                case "--clients" -> {
                    List<Integer> parsed = new ArrayList<>();
                    for (String part : value(args, ++i).split(",")) {
                        parsed.add(positive(arg, part.trim()));
                    }
                    clients = List.copyOf(parsed);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n\n" + HELP);
            }
        }
        int warmUp = Math.max(10, samples / 10);
        return new Options(help, quick, samples, warmUp, durationSeconds, clients, replayEvents, growSeconds,
                           floorSamples, peer, json);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n\n" + HELP);
        }
        return args[i];
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive number, not '" + value + "'");
        }
    }
}
