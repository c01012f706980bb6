package vn.lienhiep.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.OidcLogin;

/** Two starts on one data directory: the first admin appears once, keys and issued tokens outlive the restart. */
class RestartTest {

    // Never requested: the scripted browser stops at the gateway's callback and redeems the code itself.
    private static final String GATEWAY = "http://127.0.0.1:9";
    private static final String GATEWAY_SECRET = "gateway-secret-for-test";
    private static final String KEY_ENCRYPTION_KEY = "a-long-random-value-kept-outside-the-database";
    private final Path data = AuthServerTest.newDataDir();
    private final int port = AuthServerTest.freePort();
    private final String base = "http://127.0.0.1:" + port;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AuthServerApplication.class).run(
                "--server.port=" + port, "--lienhiep.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("auth/auth") + ";WRITE_DELAY=0",
                "--lienhiep.security.issuer=" + base, "--management.endpoints.web.exposure.include=health",
                "--lienhiep.auth.gateway-client-secret=" + GATEWAY_SECRET, "--lienhiep.auth.gateway-url=" + GATEWAY,
                "--lienhiep.auth.key-encryption-key=" + KEY_ENCRYPTION_KEY);
    }

    @Test
    void theFirstAdminKeysAndTokensSurviveARestart() throws Exception {
        Path file = data.resolve(FirstAdmin.FILE);
        OidcLogin.Tokens before;
        String kid;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(file).exists();
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(Files.getPosixFilePermissions(file))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            }
            JsonNode admin = HttpJson.json().readTree(Files.readString(file));
            before = OidcLogin.login(URI.create(base), "lienhiep-gateway", GATEWAY_SECRET,
                                     GATEWAY + "/login/oauth2/code/lienhiep", "openid profile", "admin",
                                     admin.path("password").asText());
            assertThat(before.refreshToken()).isNotBlank();
            kid = JWSObject.parse(before.accessToken()).getHeader().getKeyID();
            assertThat(jwks().getKeys()).extracting(k -> k.getKeyID()).containsExactly(kid);
            assertThat(first.getBean(JdbcTemplate.class).queryForList("SELECT jwk FROM signing_keys", String.class))
                    .singleElement().asString().startsWith("aes256gcm:").doesNotContain("\"d\"");
            Files.delete(file); // as the launcher does once it has shown the password
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(file).as("no second first admin").doesNotExist();
            JWKSet after = jwks();
            assertThat(after.getKeys()).extracting(k -> k.getKeyID()).containsExactly(kid);
            JWSObject token = JWSObject.parse(before.accessToken());
            assertThat(token.verify(new RSASSAVerifier((RSAKey) after.getKeyByKeyId(kid)))).isTrue();

            // The refresh token was stored in SQL by the first run and is honoured by the second.
            OidcLogin.Tokens refreshed = OidcLogin.refresh(URI.create(base), "lienhiep-gateway", GATEWAY_SECRET,
                                                           before.refreshToken());
            JsonNode claims = HttpJson.json().readTree(java.util.Base64.getUrlDecoder().decode(
                    refreshed.accessToken().split("\\.")[1]));
            assertThat(claims.path("preferred_username").asText()).isEqualTo("admin");
            assertThat(claims.path("roles").toString()).contains("UNION_ADMIN");
            assertThat(List.of(claims.path("iss").asText())).containsExactly(base);
        }
    }

    private JWKSet jwks() throws Exception {
        return JWKSet.parse(new HttpJson(base).get("/oauth2/jwks").body());
    }

}
