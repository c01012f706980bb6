package vn.lienhiep.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher checks before it starts anything: the data directory is its own, the ports are free. */
class PlatformPreflightTest {

    @TempDir
    Path temp;

    @Test
    void refusesANonEmptyDirectoryWithoutTheMarkerEvenWithFresh() throws IOException {
        Path someoneElses = Files.createDirectories(temp.resolve("home"));
        Files.writeString(someoneElses.resolve("thesis.tex"), "do not delete");

        assertThatThrownBy(() -> Platform.prepareDataDir(someoneElses, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(Platform.DATA_MARKER);
        assertThat(someoneElses.resolve("thesis.tex")).exists();
    }

    @Test
    void freshWipesOnlyAMarkedDirectoryAndKeepsItMarked() throws IOException {
        Path data = temp.resolve("data");
        Platform.prepareDataDir(data, false);
        assertThat(data.resolve(Platform.DATA_MARKER)).exists();
        Files.createDirectories(data.resolve("membership"));
        Files.writeString(data.resolve("membership/eventstore.mv.db"), "events");

        Platform.prepareDataDir(data, false);
        assertThat(data.resolve("membership/eventstore.mv.db")).exists();

        Platform.prepareDataDir(data, true);
        assertThat(data.resolve("membership")).doesNotExist();
        assertThat(data.resolve(Platform.DATA_MARKER)).exists();
    }

    @Test
    void refusesPortsInUseAndDuplicatePorts() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put(PlatformConfig.GATEWAY_PORT, busy.getLocalPort());
            ports.put("MEMBERSHIP_PORT", freePort());
            ports.put("REVIEW_PORT", ports.get("MEMBERSHIP_PORT"));
            PlatformConfig config = new PlatformConfig(temp, temp.resolve("data"), ports, List.of(), Map.of());

            assertThatThrownBy(() -> Platform.checkPortsFree(config))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LIENHIEP_GATEWAY_PORT=" + busy.getLocalPort())
                    .hasMessageContaining("REVIEW_PORT=" + ports.get("MEMBERSHIP_PORT") + " (same as MEMBERSHIP_PORT)");
        }
    }

    @Test
    void readsPortsAndDataDirectoryFromTheEnvironment() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of(
                "LIENHIEP_DATA", temp.resolve("d").toString(), "MEMBERSHIP_PORT", "9181",
                "LIENHIEP_JAVA_OPTS", " -Xshare:auto  -Dx=y ", "LIENHIEP_PROVINCE_CODE", "10"));
        assertThat(config.port("MEMBERSHIP_PORT")).isEqualTo(9181);
        assertThat(config.gatewayPort()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(temp.resolve("d"));
        assertThat(config.javaOptions()).containsExactly("-Xshare:auto", "-Dx=y");
        assertThat(config.provinceCode()).isEqualTo("10");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
