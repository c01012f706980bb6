package vn.lienhiep.review;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TestTokens;
import vn.lienhiep.contracts.security.Role;

/**
 * Base of the service's API tests: ONE running review service per test JVM (Spring caches the context because
 * every subclass registers the same properties), on the real embedded pieces. Tests share its data, so each test
 * creates what it needs under unique names and never assumes an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {

    private static final Path DATA_DIR = TestInfrastructure.newDataDir();
    private static final String DATABASE = "lienhiep_review_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "review", DATA_DIR, DATABASE);
    }

    @LocalServerPort
    protected int port;
    protected HttpJson http;

    @BeforeEach
    void httpClient() {
        http = as(TestTokens.shared().bearer("test-staff", Role.UNION_STAFF, Role.UNION_LEADERSHIP));
    }

    /** The union's administrator and operator: processor administration and metrics. */
    protected HttpJson admin() {
        return as(TestTokens.shared().bearer("test-admin", Role.UNION_ADMIN, Role.OPERATOR));
    }

    /** A client that calls with this Authorization header (null: anonymous). */
    protected HttpJson as(String authorization) {
        HttpJson client = new HttpJson("http://127.0.0.1:" + port);
        return authorization == null ? client : client.withHeader("Authorization", authorization);
    }

    /** A client calling with these roles (the subject is the user name events record as the actor). */
    protected HttpJson as(String user, Role... roles) {
        return as(TestTokens.shared().bearer(user, roles));
    }

    /** A name no other test uses, so tests sharing one database do not collide. */
    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
