package vn.lienhiep.proof;

import vn.lienhiep.proof.chaos.ChaosOptions;
import vn.lienhiep.proof.chaos.ChaosRun;

/**
 * {@code ./lienhiep chaos}: kill -9 each service in turn, the Kafka broker and the Mongo-wire server, and restart the
 * gateway, under a load that records every acknowledged command; then check that each acknowledged command is in the
 * event store exactly once, on the topic, and in every read model. See {@link ChaosOptions#USAGE}.
 */
public final class Chaos {

    private Chaos() {
    }

    public static int main(String[] args) throws Exception {
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.println(ChaosOptions.USAGE);
            return 0;
        }
        Report report = ChaosRun.run(options, System.out::println);
        report.print(System.out);
        System.out.println("report written to " + report.write(options.json()));
        return report.exitCode();
    }
}
