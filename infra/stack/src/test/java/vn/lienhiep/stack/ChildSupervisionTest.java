package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's contract with real (tiny) processes: restart with back-off, report recovery, stop for good. */
class ChildSupervisionTest {

    @TempDir
    Path temp;

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void aCrashingChildIsRestartedWithGrowingDelays() throws Exception {
        Child child = child("crasher", List.of("sh", "-c", "echo starting; exit 3"), () -> false);
        child.start();
        await(() -> lines.size() >= 2, Duration.ofSeconds(10));
        child.stop(Duration.ofSeconds(5));

        assertThat(lines.get(0)).isEqualTo("[lienhiep] crasher exited (code 3); restarting in 1s (restart #1)");
        assertThat(lines.get(1)).isEqualTo("[lienhiep] crasher exited (code 3); restarting in 2s (restart #2)");
        assertThat(java.nio.file.Files.readString(temp.resolve("logs/crasher.log"))).contains("starting");
    }

    @Test
    void aKilledChildComesBackHealthyAndStopMeansStop() throws Exception {
        Child child = child("sleeper", List.of("sleep", "60"), () -> true);
        child.start();
        await(child::isHealthy, Duration.ofSeconds(5));
        long firstPid = child.pid();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
        await(() -> child.isHealthy() && child.pid() != firstPid, Duration.ofSeconds(10));
        // The recovery line is written just after the child turns healthy: wait for it rather than race it.
        await(() -> lines.stream().anyMatch(l -> l.startsWith("[lienhiep] sleeper healthy again")), Duration.ofSeconds(5));
        assertThat(lines).anyMatch(l -> l.startsWith("[lienhiep] sleeper exited (code 137); restarting in 1s (restart #1)"));
        assertThat(lines).anyMatch(l -> l.startsWith("[lienhiep] sleeper healthy again"));

        long secondPid = child.pid();
        child.stop(Duration.ofSeconds(5));
        assertThat(ProcessHandle.of(secondPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        Thread.sleep(1500); // longer than the first back-off: a supervisor that ignored stop() would have restarted it
        assertThat(child.isHealthy()).isFalse();
        assertThat(lines).noneMatch(l -> l.contains("restart #2"));
    }

    private Child child(String name, List<String> command, BooleanSupplier probe) {
        return new Child(name, command, Map.of(), temp.resolve("logs").resolve(name + ".log"), probe, lines::add);
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
