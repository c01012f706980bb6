package vn.lienhiep.proof;

import vn.lienhiep.proof.fuzz.FuzzRun;

/** {@code ./lienhiep fuzz}: see {@link FuzzRun.Options#HELP}. */
public final class Fuzz {

    private Fuzz() {
    }

    public static int main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(FuzzRun.Options.HELP);
            return 0;
        }
        FuzzRun.Options options = FuzzRun.Options.parse(args);
        Report report = FuzzRun.run(options, System.out::println);
        report.print(System.out);
        System.out.println("report written to " + report.write(options.json()));
        return report.exitCode();
    }
}
