package vn.lienhiep.contracts.ports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The {@link PlatformPort} table as Spring properties, at the LOWEST precedence (a process's own configuration, the
 * environment and the command line override it):
 * <ul>
 *   <li>{@code lienhiep.ports.<key>} for every port, e.g. {@code lienhiep.ports.membership = ${MEMBERSHIP_PORT:8081}},
 *       so the gateway's routes and every issuer URL refer to a port by name instead of repeating its number;</li>
 *   <li>{@code server.port} of the process itself, found by its {@code spring.application.name}.</li>
 * </ul>
 * Registered in this jar's {@code META-INF/spring.factories}; every service, the gateway and the provider have it on
 * their class path.
 */
public class PortDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "lienhiep-port-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(
                new MapPropertySource(SOURCE_NAME, defaults(environment.getProperty("spring.application.name"))));
    }

    static Map<String, Object> defaults(String applicationName) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (PlatformPort port : PlatformPort.values()) {
            defaults.put(port.property(), port.placeholder());
        }
        PlatformPort.ofProcess(applicationName)
                    .ifPresent(own -> defaults.put("server.port", "${" + own.property() + "}"));
        return defaults;
    }
}
