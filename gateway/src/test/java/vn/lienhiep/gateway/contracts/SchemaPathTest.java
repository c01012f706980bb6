package vn.lienhiep.gateway.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guard itself, for paths Tomcat would normalise away before they reach the controller over HTTP: the class path
 * lookup cleans "a/../b" on its own, so this guard is what keeps a request inside schemas/.
 */
class SchemaPathTest {

    @Test
    void plainNamesInsideTheFolderAreSafe() {
        assertThat(ContractsController.isSafe("membership/organization-admitted.v1.json")).isTrue();
        assertThat(ContractsController.isSafe("common/decision.v1.json")).isTrue();
    }

    @Test
    void anythingThatCouldNameAnotherFileIsRefused() {
        for (String path : new String[] {"../application.yml", "membership/../../application.yml", "..",
                                         "./membership/x.json", "%2e%2e/application.yml", "..%2fapplication.yml",
                                         "..\\\\application.yml", "/etc/passwd", "membership//x.json", "",
                                         "a/..json/../b.json", "membership/x.json/"}) {
            assertThat(ContractsController.isSafe(path)).as(path).isFalse();
        }
    }
}
