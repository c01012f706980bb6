package vn.lienhiep.e2e.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.lienhiep.stack.DemoLoader;
import vn.lienhiep.stack.Identity;
import vn.lienhiep.stack.Platform;
import vn.lienhiep.stack.PlatformConfig;
import vn.lienhiep.testing.HttpJson;

/**
 * The platform the console's browser tests drive: the launcher's processes on free ports with the Sơn La demo data
 * (as {@code ./lienhiep up --demo}), or — to iterate on the console — one already running, named by
 * {@code -Dlienhiep.e2e.data=<its data directory>} (its console files may then be served live from the source tree).
 * Each run creates its own accounts through the provider's admin API, so runs never share a session or a password.
 */
final class ConsolePlatform implements AutoCloseable {

    private final Platform platform;
    final PlatformConfig config;
    final Identity identity;
    final HttpJson api;
    final Map<String, String> demo;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    private ConsolePlatform(Platform platform, PlatformConfig config) {
        this.platform = platform;
        this.config = config;
        this.identity = new Identity(config);
        this.api = new HttpJson(config.gatewayUrl()).withHeader("Authorization", identity.authorization());
        DemoLoader.Summary loaded = new DemoLoader(config.gatewayUrl(), "14", identity::authorization, line -> { }).run();
        if (!loaded.failures().isEmpty()) {
            throw new IllegalStateException("demo data did not load: " + loaded.describe());
        }
        this.demo = loaded.saved();
    }

    static ConsolePlatform start() throws Exception {
        String external = System.getProperty("lienhiep.e2e.data");
        if (external != null && !external.isBlank()) {
            PlatformConfig config = PlatformConfig.fromEnvironment(Map.of("LIENHIEP_DATA", external));
            return new ConsolePlatform(null, config);
        }
        PlatformConfig config = PlatformConfig.ephemeral(Path.of(System.getProperty("lienhiep.home", "../..")),
                List.of("-XX:TieredStopAtLevel=1"),
                Map.of("LIENHIEP_PROVINCE_CODE", "14", "LIENHIEP_PROVINCE_NAME", "Sơn La"));
        Platform started = Platform.start(config, false, line -> System.out.println("  " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        started.awaitReady(Duration.ofMinutes(4));
        return new ConsolePlatform(started, config);
    }

    String gatewayUrl() {
        return config.gatewayUrl();
    }

    /** A new account with these roles (and organisation scope), made by the union admin; answers its password. */
    String account(String username, String displayName, List<String> roles, String organizationId) {
        HttpJson admin = new HttpJson(config.authUrl()).withHeader("Authorization", identity.authorization());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", displayName);
        body.put("roles", roles);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        HttpJson.Response created = admin.post("/admin/users", body);
        if (created.status() != 201) {
            throw new IllegalStateException("could not create " + username + ": " + created);
        }
        JsonNode json = created.json();
        return json.path("password").asText();
    }

    @Override
    public void close() {
        if (platform != null) {
            platform.stop();
        }
    }
}
