package vn.lienhiep.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded OpenID Connect provider: users with bcrypt password hashes, roles and organisation scope in SQL;
 * signing keys persisted and rotatable; the platform's clients registered from configuration. Production may use any
 * other provider instead (README, docs/keycloak.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
