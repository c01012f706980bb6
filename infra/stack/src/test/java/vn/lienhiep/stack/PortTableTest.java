package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.ports.PlatformPort;

/** The launcher assigns, checks and prints exactly the ports of the one table the processes read. */
class PortTableTest {

    @Test
    void theLauncherUsesThePortTable() {
        Map<String, Integer> table = new LinkedHashMap<>();
        Arrays.stream(PlatformPort.values()).forEach(port -> table.put(port.variable(), port.defaultPort()));

        assertThat(PlatformConfig.PORT_DEFAULTS).containsExactlyEntriesOf(table);
        assertThat(Platform.SERVICES.keySet())
                .containsExactly("membership-service", "review-service", "contest-service", "honours-service");
        assertThat(Platform.SERVICES.values())
                .containsExactly("MEMBERSHIP_PORT", "REVIEW_PORT", "CONTEST_PORT", "HONOURS_PORT");
    }

    @Test
    void theUsageTextNamesEveryPortVariableWithItsDefault() {
        for (PlatformPort port : PlatformPort.values()) {
            assertThat(Launcher.USAGE).contains(port.variable() + " (" + port.defaultPort());
        }
        assertThat(Launcher.USAGE).doesNotContain("%s").contains("LIENHIEP_DATA", "LIENHIEP_START_TIMEOUT");
    }
}
