package vn.lienhiep.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienhiep.deploy.DeployFiles.appServices;
import static vn.lienhiep.deploy.DeployFiles.compose;
import static vn.lienhiep.deploy.DeployFiles.environment;
import static vn.lienhiep.deploy.DeployFiles.list;
import static vn.lienhiep.deploy.DeployFiles.map;
import static vn.lienhiep.deploy.DeployFiles.services;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The production compose file: one service per runnable module, secrets only from the environment, health-gated start
 * order, and the few published ports. No Docker engine is involved; this is what can be checked without one.
 */
class ComposeFileTest {

    private final Map<String, Object> compose = compose();

    @Test
    void everyRunnableModuleRunsFromItsImage() {
        String version = DeployFiles.projectVersion();
        List<DeployFiles.Runnable> runnable = DeployFiles.runnableModules();
        assertThat(runnable).extracting(DeployFiles.Runnable::artifactId)
                            .as("sanity: the reactor's executable modules were found")
                            .contains("gateway", "membership-service", "auth-server");
        Map<String, Map<String, Object>> apps = appServices(compose);
        for (DeployFiles.Runnable app : runnable) {
            assertThat(apps).as("compose service for module %s", app.module()).containsKey(app.artifactId());
            assertThat(apps.get(app.artifactId()).get("image"))
                    .isEqualTo("lienhiep/" + app.artifactId() + ":${LIENHIEP_VERSION:-" + version + "}");
        }
        assertThat(apps.keySet()).as("no image without a module behind it")
                                 .containsExactlyInAnyOrderElementsOf(
                                         runnable.stream().map(DeployFiles.Runnable::artifactId).toList());
    }

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|_KEY$|TOKEN|CREDENTIAL).*");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{[A-Z][A-Z0-9_]*(:\\?[^}]*)?}$");

    @Test
    void secretsComeOnlyFromTheEnvironment() {
        List<String> literals = new ArrayList<>();
        services(compose).forEach((name, service) -> environment(map(service)).forEach((key, value) -> {
            // A default (${X:-...}) would be a secret in the file, so only ${X} or ${X:?message} pass.
            if (SECRET_NAME.matcher(key).matches() && (value == null || !REQUIRED_VARIABLE.matcher(value).matches())) {
                literals.add(name + "." + key + "=" + value);
            }
            if (value != null && value.matches("(?s).*://[^/@\\s]+:[^/@\\s]+@.*")) {
                literals.add(name + "." + key + " has credentials in a URL");
            }
        }));
        assertThat(literals).as("secret values written into compose.yaml").isEmpty();
        map(compose.get("secrets")).forEach((name, secret) -> assertThat(map(secret))
                .as("compose secret %s comes from the environment, not from a file in the repository", name)
                .containsKey("environment"));
    }

    @Test
    void everyRequiredVariableIsDocumentedInEnvExample() {
        Map<String, String> example = DeployFiles.envExample();
        Set<String> missing = new TreeSet<>();
        DeployFiles.composeVariables().forEach((name, operator) -> {
            if (operator.isEmpty() || operator.endsWith("?")) {
                if (!example.containsKey(name)) {
                    missing.add(name);
                }
            }
        });
        assertThat(missing).as("variables compose.yaml requires but .env.example does not list").isEmpty();
    }

    @Test
    void appsAreHealthCheckedAndStartOnlyAfterWhatTheyNeedIsHealthy() {
        Map<String, Object> all = services(compose);
        appServices(compose).forEach((name, service) -> {
            Map<String, Object> health = map(service.get("healthcheck"));
            assertThat(list(health.get("test"))).as("%s healthcheck", name).isNotEmpty();
            assertThat(service.get("restart")).as("%s restart policy", name).isNotNull();
            assertThat(environment(service)).as("%s listens on every interface of its container", name)
                                            .containsEntry("SERVER_ADDRESS", "0.0.0.0");

            Map<String, Object> dependsOn = map(service.get("depends_on"));
            assertThat(dependsOn).as("%s depends_on (with conditions)", name).isNotEmpty();
            dependsOn.forEach((dependency, spec) -> {
                assertThat(all).as("%s depends on an existing service", name).containsKey(dependency);
                assertThat(map(spec).get("condition")).as("%s -> %s", name, dependency).isEqualTo("service_healthy");
                // service_healthy on a service without a healthcheck would never become true.
                assertThat(map(map(all.get(dependency)).get("healthcheck")))
                        .as("%s has a healthcheck, since %s waits for it", dependency, name).isNotEmpty();
            });
        });
    }

    @Test
    void healthChecksAskEachAppOnItsOwnPort() {
        Map<String, Map<String, Object>> apps = appServices(compose);
        for (DeployFiles.Runnable app : DeployFiles.runnableModules()) {
            Map<String, Object> service = apps.get(app.artifactId());
            List<Object> test = list(map(service.get("healthcheck")).get("test"));
            Map<String, String> env = environment(service);
            if (test.contains("/workspace/health-check")) {
                assertThat(env.get("THC_PORT")).as("%s THC_PORT", app.artifactId())
                                               .isEqualTo(String.valueOf(DeployFiles.defaultPort(app)));
                assertThat(env.get("THC_PATH")).as("%s THC_PATH", app.artifactId()).startsWith("/actuator/health");
            } else {
                assertThat(test.toString()).as("%s healthcheck asks actuator health", app.artifactId())
                                           .contains(":" + DeployFiles.defaultPort(app) + "/actuator/health");
            }
        }
    }

    @Test
    void onlyTheEntryPointsPublishPorts() {
        Set<String> publishing = new LinkedHashSet<>();
        services(compose).forEach((name, service) -> {
            if (!list(map(service).get("ports")).isEmpty()) {
                publishing.add(name);
            }
        });
        // The provider is published because browsers are redirected to its login page (authorization code flow).
        assertThat(publishing).containsExactlyInAnyOrder("gateway", "grafana", "auth-server");
    }

    @Test
    void servicesUseTheirOwnDatabaseMongoAndTheBroker() {
        Set<String> created = databasesCreatedByInitScript();
        Map<String, Object> kafka = map(services(compose).get("kafka"));
        String advertised = environment(kafka).get("KAFKA_ADVERTISED_LISTENERS");
        appServices(compose).forEach((name, service) -> {
            Map<String, String> env = environment(service);
            String jdbc = env.get("SPRING_DATASOURCE_URL");
            if (jdbc != null) {
                Matcher m = Pattern.compile("^jdbc:postgresql://postgres:5432/([a-z_]+)$").matcher(jdbc);
                assertThat(m.matches()).as("%s datasource %s", name, jdbc).isTrue();
                assertThat(created).as("%s database is created by init-databases.sh", name).contains(m.group(1));
                assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as("%s owns its database", name)
                                                                 .isEqualTo(m.group(1));
            }
            String mongo = env.get("SPRING_MONGODB_URI");
            if (mongo != null) {
                assertThat(mongo).as("%s Mongo URI", name).startsWith("mongodb://mongo:27017/lienhiep_")
                                 .contains("replicaSet=rs0");
            }
            String bootstrap = env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null) {
                assertThat(advertised).as("%s reaches the broker's advertised listener", name)
                                      .contains("://" + bootstrap);
            }
        });
        for (String service : List.of("membership-service", "review-service", "contest-service", "honours-service")) {
            Map<String, String> env = environment(map(services(compose).get(service)));
            assertThat(env).as(service).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD",
                    "SPRING_MONGODB_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "LIENHIEP_AUTH_ISSUER",
                    "LIENHIEP_SECURITY_JWKSETURI");
        }
        assertThat(environment(map(services(compose).get("auth-server"))))
                .containsKeys("SPRING_DATASOURCE_URL", "LIENHIEP_AUTH_ISSUER", "LIENHIEP_GATEWAY_CLIENT_SECRET",
                              "LIENHIEP_PROMETHEUS_CLIENT_SECRET", "LIENHIEP_AUTH_KEY_ENCRYPTION_KEY");
    }

    private static Set<String> databasesCreatedByInitScript() {
        Path script = DeployFiles.COMPOSE_DIR.resolve("postgres/init-databases.sh");
        assertThat(Files.isRegularFile(script)).isTrue();
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^create ([a-z_]+) ").matcher(DeployFiles.read(script));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theGatewayRoutesEveryContextToItsComposeService() {
        Map<String, Object> gatewayYml = DeployFiles.applicationYml(
                new DeployFiles.Runnable("gateway", "gateway"));
        Map<String, Object> contexts = map(DeployFiles.at(gatewayYml, "lienhiep.gateway.services"));
        assertThat(contexts).as("sanity: the gateway's service table").isNotEmpty();
        Map<String, String> env = environment(map(services(compose).get("gateway")));
        Map<String, Map<String, Object>> apps = appServices(compose);
        for (String context : contexts.keySet()) {
            String url = env.get("LIENHIEP_GATEWAY_SERVICES_" + context.toUpperCase());
            assertThat(url).as("gateway address of %s", context).isNotNull();
            URI uri = URI.create(url);
            DeployFiles.Runnable target = new DeployFiles.Runnable(uri.getHost(), uri.getHost());
            assertThat(apps).as("%s points at a compose service", context).containsKey(uri.getHost());
            assertThat(uri.getPort()).as("%s port", context).isEqualTo(DeployFiles.defaultPort(target));
        }
        assertThat(env).containsEntry("LIENHIEP_RATE_LIMIT_REDIS_URL", "redis://redis:6379");
        assertThat(services(compose)).containsKey("redis");
    }

    @Test
    void bindMountedFilesExist() {
        List<String> missing = new ArrayList<>();
        services(compose).forEach((name, service) -> {
            for (Object volume : list(map(service).get("volumes"))) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".")
                        && !Files.exists(DeployFiles.COMPOSE_DIR.resolve(source).normalize())) {
                    missing.add(name + ": " + source);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theTrialIssuerIsReachableUnderOneNameFromBrowsersAndContainers() {
        Map<String, String> example = DeployFiles.envExample();
        URI issuer = URI.create(example.get("LIENHIEP_AUTH_ISSUER"));
        assertThat(issuer.getHost()).isEqualTo(example.get("LIENHIEP_AUTH_HOST"));
        assertThat(issuer.getPort()).isEqualTo(DeployFiles.defaultPort(new DeployFiles.Runnable("infra/auth-server",
                                                                                               "auth-server")));
        Map<String, Object> networks = map(map(services(compose).get("auth-server")).get("networks"));
        assertThat(list(map(networks.get("backend")).get("aliases")))
                .contains("${LIENHIEP_AUTH_HOST:-" + example.get("LIENHIEP_AUTH_HOST") + "}");
    }
}
