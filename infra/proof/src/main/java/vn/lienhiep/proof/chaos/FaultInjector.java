package vn.lienhiep.proof.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import vn.lienhiep.stack.Platform;

/**
 * Sends the signal to the child's current process and waits until the launcher has restarted it and its health
 * probe answers again: the launcher, not the proof, is what brings the platform back.
 */
public final class FaultInjector {

    /** One injected fault: when, and how long until the child was healthy again (null when it never was). */
    public record Injected(Fault fault, Instant at, long atNanos, long oldPid, long newPid, Duration recovery) {
        public boolean recovered() {
            return recovery != null;
        }
    }

    private final Platform platform;
    private final Consumer<String> log;

    public FaultInjector(Platform platform, Consumer<String> log) {
        this.platform = platform;
        this.log = log;
    }

    public Injected inject(Fault fault, Duration timeout) throws InterruptedException {
        String child = fault.child();
        int restartsBefore = platform.restarts(child);
        Instant at = Instant.now();
        long began = System.nanoTime();
        long pid;
        java.util.Optional<ProcessHandle> handle;
        try {
            pid = platform.pid(child);
            handle = ProcessHandle.of(pid);
        } catch (IllegalStateException e) {
            pid = -1;
            handle = java.util.Optional.empty();
        }
        if (handle.isEmpty()) {
            // Still down from an earlier fault that never recovered: nothing to signal, and it counts as not recovered.
            log.accept("[chaos] " + at + "  " + fault.describe() + " skipped: no live process");
            return new Injected(fault, at, began, pid, -1, null);
        }
        ProcessHandle process = handle.get();
        boolean sent = fault.signal() == Fault.Signal.KILL ? process.destroyForcibly() : process.destroy();
        log.accept(String.format("[chaos] %s  %s (pid %d)%s", at, fault.describe(), pid, sent ? "" : " — signal NOT delivered"));
        long deadline = began + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (platform.restarts(child) > restartsBefore && platform.isHealthy(child)) {
                Duration recovery = Duration.ofNanos(System.nanoTime() - began);
                long newPid = platform.pid(child);
                log.accept(String.format("[chaos] %s  %s healthy again after %.1f s (pid %d)", Instant.now(), child,
                                         recovery.toMillis() / 1000.0, newPid));
                return new Injected(fault, at, began, pid, newPid, recovery);
            }
            Thread.sleep(100);
        }
        log.accept("[chaos] " + child + " NOT healthy " + timeout.toSeconds() + " s after " + fault.describe());
        return new Injected(fault, at, began, pid, -1, null);
    }
}
