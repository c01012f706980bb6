package vn.lienhiep.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.lienhiep.proof.chaos.ChaosOptions;
import vn.lienhiep.proof.chaos.ChaosRun;

/**
 * The shortened {@code ./lienhiep chaos} of ./mvnw verify: 2 writers; kill -9 membership once, Kafka, Mongo-wire;
 * SIGTERM the gateway. The same code as the command, so a lost or doubled command fails the build.
 */
class ChaosTest {

    @Test
    void acknowledgedCommandsSurviveKillsOfServiceBrokerMongoAndGateway() throws Exception {
        Path json = Files.createTempDirectory("chaos-test").resolve("chaos.json");
        Report report = ChaosRun.run(ChaosOptions.parse(new String[] {"--quick", "--converge-seconds", "120",
                                                                      "--json", json.toString()}),
                                     System.out::println);
        report.print(System.out);
        report.write(json);

        assertThat(report.checks()).as("invariants were checked").hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.passed()).as("every invariant holds (see the table above)").isTrue();
        assertThat(figure(report, ChaosRun.ACKNOWLEDGED)).as("the load got commands through").isGreaterThanOrEqualTo(20);
        assertThat(figure(report, ChaosRun.FAILURES_DURING_FAULTS))
                .as("clients ran into the faults: they were really injected").isPositive();
        assertThat(Files.size(json)).isPositive();
    }

    private static double figure(Report report, String name) {
        return report.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }
}
