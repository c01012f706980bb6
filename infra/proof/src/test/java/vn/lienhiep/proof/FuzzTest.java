package vn.lienhiep.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.lienhiep.proof.fuzz.Cases;
import vn.lienhiep.proof.fuzz.FuzzRun;

/**
 * The shortened {@code ./lienhiep fuzz} of ./mvnw verify: the same code with 1,500 requests and a fixed seed, so a 5xx,
 * a non-problem error, an accepted invalid mutation or any state change fails the build.
 */
class FuzzTest {

    @Test
    void hostileInputIsRefusedWithProblemJsonAndChangesNothing() throws Exception {
        Path json = Files.createTempDirectory("fuzz-test").resolve("fuzz.json");
        Report report = FuzzRun.run(FuzzRun.Options.parse(new String[] {"--requests", "1500", "--seed", "20261123",
                                                                        "--json", json.toString()}),
                                    System.out::println);
        report.print(System.out);
        report.write(json);

        assertThat(report.passed()).as("every invariant holds (see the table above)").isTrue();
        assertThat(report.checks()).extracting(Report.Check::name)
                .contains("no 5xx", "errors are problem+json", "event store unchanged", "topics unchanged",
                          "read models unchanged", "services healthy");
        assertThat(figure(report, "load", FuzzRun.REQUESTS)).isEqualTo(1500);
        assertThat(figure(report, "OpenAPI operations", "membership")).as("membership operations discovered").isGreaterThan(10);
        for (String family : Cases.FAMILIES) {
            assertThat(figure(report, FuzzRun.SECTION_FAMILY, family)).as("requests of family " + family).isPositive();
        }
        assertThat(check(report, "event store unchanged").passed()).as("the event store head was compared").isPositive();
        assertThat(check(report, "read models unchanged").passed()).as("collections were counted").isPositive();
        assertThat(Files.size(json)).isPositive();
    }

    private static double figure(Report report, String section, String name) {
        return report.figures().stream().filter(f -> f.section().equals(section) && f.name().equals(name))
                     .findFirst().orElseThrow(() -> new AssertionError("no figure " + section + "/" + name)).value();
    }

    private static Report.Check check(Report report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
