package vn.lienhiep.contracts.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** One table of ports; a Spring Boot process finds its own port and the others' in it, and the variables still win. */
class PlatformPortTest {

    @Test
    void everyPortAndVariableIsDeclaredOnce() {
        assertThat(Arrays.stream(PlatformPort.values()).map(PlatformPort::defaultPort)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PlatformPort.values()).map(PlatformPort::variable)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PlatformPort.values()).map(PlatformPort::key)).doesNotHaveDuplicates();
        assertThat(PlatformPort.services()).extracting(PlatformPort::context)
                .containsExactly("membership", "review", "contest", "honours");
        assertThat(PlatformPort.services()).extracting(PlatformPort::process)
                .containsExactly("membership-service", "review-service", "contest-service", "honours-service");
    }

    @Test
    void aServiceListensOnItsDefaultPortUnlessItsVariableSaysOtherwise() {
        assertThat(resolve("membership-service", Map.of(), "server.port")).isEqualTo("8081");
        assertThat(resolve("membership-service", Map.of("MEMBERSHIP_PORT", "9181"), "server.port")).isEqualTo("9181");
        assertThat(resolve("gateway", Map.of(), "server.port")).isEqualTo("8080");
        assertThat(resolve("auth-server", Map.of("LIENHIEP_AUTH_PORT", "9100"), "server.port")).isEqualTo("9100");
    }

    @Test
    void everyProcessKnowsWhereTheOthersAre() {
        Map<String, Object> env = Map.of("REVIEW_PORT", "9182", "LIENHIEP_KAFKA_PORT", "19092");

        assertThat(resolve("gateway", env, "lienhiep.ports.review")).isEqualTo("9182");
        assertThat(resolve("gateway", env, "lienhiep.ports.membership")).isEqualTo("8081");
        assertThat(resolve("membership-service", env, "lienhiep.ports.kafka")).isEqualTo("19092");
        assertThat(resolve("membership-service", env, "lienhiep.ports.mongo")).isEqualTo("27017");
    }

    @Test
    void aProcessOutsideTheTableGetsNoServerPortAndItsOwnConfigurationWins() {
        assertThat(resolve("some-tool", Map.of(), "server.port")).isNull();
        assertThat(resolve(null, Map.of(), "server.port")).isNull();

        StandardEnvironment environment = environment("membership-service", Map.of());
        environment.getPropertySources().addFirst(new MapPropertySource("own", Map.of("server.port", "7000")));
        assertThat(environment.getProperty("server.port")).isEqualTo("7000");
    }

    private static String resolve(String applicationName, Map<String, Object> env, String property) {
        return environment(applicationName, env).getProperty(property);
    }

    /** The variables as the environment would hold them (above the defaults), then the post-processor. */
    private static StandardEnvironment environment(String applicationName, Map<String, Object> env) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        if (applicationName != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("application",
                    Map.of("spring.application.name", applicationName)));
        }
        new PortDefaults().postProcessEnvironment(environment, null);
        return environment;
    }
}
