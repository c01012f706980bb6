package vn.lienhiep.proof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Resident set size of child JVMs from {@code /proc/<pid>/status} (Linux), sampled once a second while the bench
 * runs so the figure is the peak under load, not a reading taken while idle.
 */
public final class Memory implements AutoCloseable {

    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final Map<String, Long> lastKb = new ConcurrentHashMap<>();
    private final Supplier<Map<String, Long>> pids;
    private final Thread sampler;
    private volatile boolean running = true;

    /** @param pids child name → current pid (read again at each sample: a restarted child gets a new pid) */
    public Memory(Supplier<Map<String, Long>> pids) {
        this.pids = pids;
        this.sampler = new Thread(this::loop, "bench-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void sample() {
        pids.get().forEach((name, pid) -> rssKb(pid).ifPresent(kb -> {
            lastKb.put(name, kb);
            peakKb.merge(name, kb, Math::max);
        }));
    }

    public Map<String, Long> peakKb() {
        return Map.copyOf(peakKb);
    }

    public Map<String, Long> lastKb() {
        return Map.copyOf(lastKb);
    }

    /** VmRSS of the JVM at {@code pid}, or of its java descendant when {@code pid} is a wrapper such as setsid. */
    public static Optional<Long> rssKb(long pid) {
        Optional<Long> own = readRss(pid);
        boolean isJava = ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(c -> c.endsWith("java")).orElse(true);
        if (isJava) {
            return own;
        }
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                            .filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false))
                            .findFirst().flatMap(h -> readRss(h.pid())).or(() -> own);
    }

    private static Optional<Long> readRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The machine's 1/5/15-minute load averages, as Linux prints them. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
