package vn.lienhiep.testing;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lienhiep.contracts.security.Role;

/**
 * What every service's API tests share: an HTTP client to the running service with real tokens. Each service's own
 * {@code ApiTestBase} extends this and adds only its {@code @SpringBootTest} and {@code @DynamicPropertySource}
 * (its context name and data directory), so Spring caches ONE running service per test JVM.
 */
public abstract class ServiceApiTest {

    @LocalServerPort
    protected int port;
    /** Union staff with the leadership's role: the default caller of most tests. */
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
    public HttpJson as(String authorization) {
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
