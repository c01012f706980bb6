package vn.lienhiep.proof;

import java.util.Arrays;

/**
 * {@code ./lienhiep bench | chaos | fuzz [options]}: each starts a fresh platform, runs, prints its report, writes
 * the JSON and exits non-zero when an invariant failed.
 */
public final class ProofMain {

    private ProofMain() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int exit = switch (command) {
            case "fuzz" -> Fuzz.main(rest);
            case "chaos" -> Chaos.main(rest);
            case "bench" -> Bench.main(rest);
            default -> {
                System.out.println("""
                        Usage: ./lienhiep bench [options]   benchmark: latencies, throughput, replay, floors, peer CRUD
                               ./lienhiep chaos [options]   kill -9 services, broker, Mongo-wire, gateway under load; check invariants
                               ./lienhiep fuzz  [options]   hostile input through the gateway; no 5xx, no state change
                        Each starts its own platform on a fresh data directory and free ports; --help lists options.""");
                yield "help".equals(command) ? 0 : 2;
            }
        };
        System.exit(exit);
    }
}
