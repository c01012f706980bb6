package vn.lienhiep.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import vn.lienhiep.proof.Report;

/**
 * Sustained throughput: closed-loop levels of 1, 2, 4, … clients; stops once a level adds less than 5 % over the best
 * so far (more clients then only queue). The headline is the best commands/s whose p99 stayed under the bound.
 */
public final class Ladder {

    public static final double P99_BOUND_MS = 100;

    private Ladder() {
    }

    public static List<ClosedLoop.Result> climb(List<Integer> levels, Duration warmUp, Duration measured,
                                                ClosedLoop.Operation operation, String what, Consumer<String> log) {
        List<ClosedLoop.Result> results = new ArrayList<>();
        double best = 0;
        for (int clients : levels) {
            ClosedLoop.Result result = ClosedLoop.run(clients, warmUp, measured, operation);
            results.add(result);
            log.accept(String.format("[bench] %s, %d clients: %.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors%s", what,
                                     clients, result.perSecond(), result.latency().millis(50),
                                     result.latency().millis(99), result.errors(),
                                     result.firstError() == null ? "" : " (first: " + result.firstError() + ")"));
            if (results.size() >= 2 && result.perSecond() < best * 1.05) {
                break;
            }
            best = Math.max(best, result.perSecond());
        }
        return results;
    }

    /** Best rate among the levels whose p99 is under {@link #P99_BOUND_MS}; 0 when none is. */
    public static ClosedLoop.Result headline(List<ClosedLoop.Result> results) {
        ClosedLoop.Result best = null;
        for (ClosedLoop.Result result : results) {
            if (result.latency().millis(99) < P99_BOUND_MS && (best == null || result.perSecond() > best.perSecond())) {
                best = result;
            }
        }
        return best;
    }

    public static void addTo(Report report, String section, String unit, List<ClosedLoop.Result> results) {
        for (ClosedLoop.Result result : results) {
            String level = String.format("%2d clients", result.clients());
            report.figure(section, level + ": " + unit, Math.round(result.perSecond()), unit, null,
                          result.errors() == 0 ? null : result.errors() + " errors");
            report.figure(section, level + ": p50", result.latency().millis(50), "ms", null, null);
            report.figure(section, level + ": p99", result.latency().millis(99), "ms", "< 100", null);
        }
    }

    public static long errors(List<ClosedLoop.Result> results) {
        return results.stream().mapToLong(ClosedLoop.Result::errors).sum();
    }

    public static long ok(List<ClosedLoop.Result> results) {
        return results.stream().mapToLong(ClosedLoop.Result::ok).sum();
    }
}
