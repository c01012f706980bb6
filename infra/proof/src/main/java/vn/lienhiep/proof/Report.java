package vn.lienhiep.proof;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What every proof command prints and writes: the machine it ran on, measured figures (a table) and invariants
 * ({@code N passed, N failed}). The exit code is non-zero when any invariant failed. The JSON goes to
 * {@code <repository>/.data/proof/<command>-<timestamp>.json} (or the path given) so runs can be compared.
 */
public final class Report {

    /** One measured figure; {@code target} and {@code note} may be null. */
    public record Figure(String section, String name, double value, String unit, String target, String note) {
    }

    /** One invariant checked over the run. */
    public record Check(String name, long passed, long failed, String detail) {
        public boolean ok() {
            return failed == 0;
        }
    }

    private final String command;
    private final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Report(String command) {
        this.command = command;
        Runtime runtime = Runtime.getRuntime();
        machine.put("cores", runtime.availableProcessors());
        machine.put("memoryGb", Math.round(osMemoryBytes() / 1e9));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                          + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    public Report parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Report figure(String section, String name, double value, String unit, String target, String note) {
        figures.add(new Figure(section, name, value, unit, target, note));
        return this;
    }

    public Report check(String name, long passed, long failed, String detail) {
        checks.add(new Check(name, passed, failed, detail));
        return this;
    }

    public Report note(String text) {
        notes.add(text);
        return this;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::ok);
    }

    public int exitCode() {
        return passed() ? 0 : 1;
    }

    public void print(PrintStream out) {
        out.println();
        out.printf("%s — %s, %s cores, %s GB, %s%n", command, startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE),
                   machine.get("cores"), machine.get("memoryGb"), machine.get("java"));
        if (!parameters.isEmpty()) {
            out.println("parameters: " + parameters);
        }
        String section = null;
        for (Figure figure : figures) {
            if (!figure.section().equals(section)) {
                section = figure.section();
                out.printf("%n  %s%n", section);
            }
            out.printf("    %-52s %12s %-8s %s%s%n", figure.name(), format(figure.value()), figure.unit(),
                       figure.target() == null ? "" : "target " + figure.target(),
                       figure.note() == null ? "" : (figure.target() == null ? "" : " · ") + figure.note());
        }
        if (!checks.isEmpty()) {
            out.printf("%n  invariants%n");
            for (Check check : checks) {
                out.printf("    %-4s %-60s %d passed, %d failed%s%n", check.ok() ? "ok" : "FAIL", check.name(),
                           check.passed(), check.failed(), check.detail() == null ? "" : "  (" + check.detail() + ")");
            }
        }
        notes.forEach(note -> out.println("  note: " + note));
        out.printf("%n%s: %s%n", command, passed() ? "PASSED" : "FAILED");
    }

    /** Writes the JSON next to the repository's data directory unless a path is given; returns where. */
    public Path write(Path file) {
        Path target = file != null ? file : ProofPlatform.home().resolve(".data").resolve("proof")
                .resolve(command + "-" + startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("startedAt", startedAt.toString());
        json.put("machine", machine);
        json.put("parameters", parameters);
        json.put("figures", figures);
        json.put("checks", checks);
        json.put("notes", notes);
        json.put("passed", passed());
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format("%,d", (long) value);
        }
        return String.format("%,.2f", value);
    }

    private static long osMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }
}
