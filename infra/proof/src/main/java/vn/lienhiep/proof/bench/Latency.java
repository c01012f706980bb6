package vn.lienhiep.proof.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import vn.lienhiep.proof.Report;

/**
 * A latency distribution in microseconds (HdrHistogram, 3 significant digits, up to 10 minutes). Thread-safe while
 * recording (a {@link Recorder}); {@link #histogram()} takes what was recorded so far, so a warm-up is dropped by
 * calling {@link #reset()} before the measured part.
 */
public final class Latency {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram total = new Histogram(HIGHEST_MICROS, 3);

    public void recordNanos(long nanos) {
        recorder.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    public synchronized void reset() {
        recorder.reset();
        total.reset();
    }

    public synchronized Histogram histogram() {
        total.add(recorder.getIntervalHistogram());
        return total.copy();
    }

    public long count() {
        return histogram().getTotalCount();
    }

    /** Percentile in milliseconds (0 when nothing was recorded). */
    public double millis(double percentile) {
        Histogram h = histogram();
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        Histogram h = histogram();
        return h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0;
    }

    public double meanMillis() {
        Histogram h = histogram();
        return h.getTotalCount() == 0 ? 0 : h.getMean() / 1000.0;
    }

    /** p50/p95/p99/max (ms) and the sample count as report figures; the target goes on the p99 line. */
    public void addTo(Report report, String section, String name, String p99Target, String note) {
        Histogram h = histogram();
        double scale = 1000.0;
        report.figure(section, name + " p50", h.getValueAtPercentile(50) / scale, "ms", null, null);
        report.figure(section, name + " p95", h.getValueAtPercentile(95) / scale, "ms", null, null);
        report.figure(section, name + " p99", h.getValueAtPercentile(99) / scale, "ms", p99Target, note);
        report.figure(section, name + " max", h.getMaxValue() / scale, "ms", null, null);
        report.figure(section, name + " samples", h.getTotalCount(), "", null, null);
    }
}
