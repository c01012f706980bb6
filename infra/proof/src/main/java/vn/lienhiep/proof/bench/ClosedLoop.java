package vn.lienhiep.proof.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N clients, each sending its next request as soon as the previous one answered, for a fixed time after a warm-up
 * that is not counted. Closed-loop latencies are service times at that concurrency (no coordinated-omission
 * correction is needed because no request is ever "scheduled" and skipped).
 */
public final class ClosedLoop {

    /** One request; {@code worker} and {@code sequence} make unique names. Returns false for an unexpected answer. */
    @FunctionalInterface
    public interface Operation {
        boolean call(int worker, long sequence) throws Exception;
    }

    public record Result(int clients, long ok, long errors, double seconds, Latency latency, String firstError) {
        public double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }

    private ClosedLoop() {
    }

    public static Result run(int clients, Duration warmUp, Duration measured, Operation operation) {
        Latency latency = new Latency();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < clients; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    long sequence = 0;
                    long now = System.nanoTime();
                    while (now < end) {
                        boolean success;
                        String error = null;
                        try {
                            success = operation.call(worker, sequence++);
                            if (!success) {
                                error = "unexpected answer";
                            }
                        } catch (Exception e) {
                            success = false;
                            error = e.toString();
                        }
                        long done = System.nanoTime();
                        // Only requests that both started and finished inside the window count.
                        if (now >= measureFrom && done <= end) {
                            if (success) {
                                ok.incrementAndGet();
                                latency.recordNanos(done - now);
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, error);
                            }
                        }
                        now = done;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(clients, ok.get(), errors.get(), measured.toNanos() / 1e9, latency, firstError.get());
    }

    /** Sequential fixed-count variant for floors: {@code warmUp} unrecorded calls, then {@code count} recorded ones. */
    public static Result sequential(int warmUp, int count, Operation operation) {
        Latency latency = new Latency();
        long ok = 0;
        long errors = 0;
        String firstError = null;
        long seq = 0;
        for (int i = 0; i < warmUp; i++) {
            try {
                operation.call(0, seq++);
            } catch (Exception e) {
                firstError = firstError == null ? e.toString() : firstError;
            }
        }
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            boolean success;
            try {
                success = operation.call(0, seq++);
            } catch (Exception e) {
                success = false;
                firstError = firstError == null ? e.toString() : firstError;
            }
            if (success) {
                ok++;
                latency.recordNanos(System.nanoTime() - t0);
            } else {
                errors++;
            }
        }
        return new Result(1, ok, errors, (System.nanoTime() - began) / 1e9, latency, firstError);
    }
}
