package vn.lienhiep.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.OidcLogin;

/**
 * A store written before identity links existed (migrations V1 and V2 only) starts with V3 applied: its accounts keep
 * logging in, carry no person or expert until an administrator links them, and then do.
 */
class IdentityMigrationTest {

    private final Path data = AuthServerTest.newDataDir();
    private final int port = AuthServerTest.freePort();
    private final String base = "http://127.0.0.1:" + port;
    private final String url = "jdbc:h2:file:" + data.resolve("auth/auth") + ";WRITE_DELAY=0";
    private final String launcherSecret = "launcher-secret-for-test";

    @Test
    void anAccountFromBeforeTheLinksIsLinkedAfterTheUpgrade() throws Exception {
        DriverManagerDataSource old = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("2").load().migrate();
        Timestamp now = Timestamp.from(Instant.now());
        JdbcTemplate jdbc = new JdbcTemplate(old);
        jdbc.update("INSERT INTO users (id, username, display_name, password_hash, enabled, created_at, "
                    + "password_changed_at) VALUES ('u-1', 'chuyen-gia.cu', 'Cầm Văn Quang', ?, TRUE, ?, ?)",
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("mat-khau-cu-123"), now, now);
        jdbc.update("INSERT INTO user_roles (user_id, role) VALUES ('u-1', 'EXPERT')");

        try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(AuthServerApplication.class).run(
                "--server.port=" + port, "--lienhiep.data-dir=" + data, "--spring.datasource.url=" + url,
                "--lienhiep.security.issuer=" + base, "--management.endpoints.web.exposure.include=health",
                "--lienhiep.auth.launcher-client-secret=" + launcherSecret)) {
            assertThat(upgraded.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"", Integer.class)).isEqualTo(3);
            JsonNode before = claims(OidcLogin.cliLogin(URI.create(base), "chuyen-gia.cu", "mat-khau-cu-123"));
            assertThat(before.path("roles").toString()).contains("EXPERT");
            assertThat(before.has("person") || before.has("expert")).isFalse();

            HttpJson admin = new HttpJson(base).withHeader("Authorization", "Bearer " + launcherToken());
            assertThat(admin.get("/admin/users/chuyen-gia.cu").json().path("expertId").isNull()).isTrue();
            assertThat(admin.send("PUT", "/admin/users/chuyen-gia.cu/identity",
                                  Map.of("personId", "p-cu", "expertId", "e-cu"), Map.of()).status()).isEqualTo(200);

            JsonNode after = claims(OidcLogin.cliLogin(URI.create(base), "chuyen-gia.cu", "mat-khau-cu-123"));
            assertThat(after.path("person").asText()).isEqualTo("p-cu");
            assertThat(after.path("expert").asText()).isEqualTo("e-cu");
        }
    }

    private String launcherToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("lienhiep-launcher:" + launcherSecret)
                                                                  .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HttpJson.json().readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode claims(OidcLogin.Tokens tokens) throws Exception {
        return HttpJson.json().readTree(Base64.getUrlDecoder().decode(tokens.accessToken().split("\\.")[1]));
    }
}
