package vn.lienhiep.platform;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.platform.testapp.TestApplication;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestInfrastructure;
import vn.lienhiep.testing.TestTokens;
import vn.lienhiep.contracts.security.Role;

/** One running test service per JVM on the real embedded pieces (Kafka KRaft, Mongo-wire, H2 file). */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformTestBase {

    static final Path DATA_DIR = TestInfrastructure.newDataDir();
    static final String DATABASE = "lienhiep_platformtest_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "platformtest", DATA_DIR, DATABASE);
        registry.add("lienhiep.processing.event-availability-timeout", () -> "200ms");
    }

    @LocalServerPort
    protected int port;
    /** Union staff: what most tests act as. */
    protected HttpJson http;
    /** Union admin and operator: processor administration and metrics. */
    protected HttpJson admin;

    @BeforeEach
    void client() {
        http = new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("tester", Role.UNION_STAFF));
        admin = new HttpJson("http://127.0.0.1:" + port)
                .withHeader("Authorization", TestTokens.shared().bearer("admin", Role.UNION_ADMIN, Role.OPERATOR));
    }
}
