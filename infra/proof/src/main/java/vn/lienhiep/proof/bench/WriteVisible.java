package vn.lienhiep.proof.bench;

import java.time.Duration;

/**
 * Write → visible, one write at a time: the clock starts when the POST is sent and stops at the first GET of the
 * new id that answers 200 (polled with a 1 ms pause), and — when a public-event subscriber is given — when that
 * subscriber polled the first record keyed by the id. The warm-up writes are not recorded.
 */
public final class WriteVisible {

    public static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(30);

    public record Result(Latency sameService, Latency crossService, long acknowledged, long notAcknowledged,
                         long neverVisible, long neverPublished, String firstError) {
    }

    private WriteVisible() {
    }

    public static Result measure(Target target, PublicEventWatch watch, String runTag, int warmUp, int samples)
            throws Exception {
        Latency same = new Latency();
        Latency cross = new Latency();
        long acknowledged = 0;
        long notAcknowledged = 0;
        long neverVisible = 0;
        long neverPublished = 0;
        String firstError = null;
        for (int i = 0; i < warmUp + samples; i++) {
            boolean measured = i >= warmUp;
            long t0 = System.nanoTime();
            String id;
            try {
                id = target.create(runTag, i);
            } catch (IllegalStateException e) {
                notAcknowledged += measured ? 1 : 0;
                firstError = firstError == null ? e.getMessage() : firstError;
                continue;
            }
            acknowledged += measured ? 1 : 0;
            long deadline = t0 + VISIBLE_TIMEOUT.toNanos();
            boolean visible = target.visible(id);
            while (!visible && System.nanoTime() < deadline) {
                Thread.sleep(1);
                visible = target.visible(id);
            }
            long seen = System.nanoTime();
            if (measured) {
                if (visible) {
                    same.recordNanos(seen - t0);
                } else {
                    neverVisible++;
                }
            }
            if (watch != null) {
                Long arrived = watch.arrival(id, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                if (measured) {
                    if (arrived != null) {
                        cross.recordNanos(arrived - t0);
                    } else {
                        neverPublished++;
                    }
                }
            }
        }
        return new Result(same, watch == null ? null : cross, acknowledged, notAcknowledged, neverVisible,
                          neverPublished, firstError);
    }
}
