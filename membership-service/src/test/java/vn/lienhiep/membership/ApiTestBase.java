package vn.lienhiep.membership;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.ServiceApiTest;
import vn.lienhiep.testing.TestInfrastructure;

/**
 * Base of the service's API tests: ONE running membership service per test JVM (Spring caches the context because
 * every subclass registers the same properties), on the real embedded pieces. Tests share its data, so each test
 * creates what it needs under unique names and never assumes an empty database. Clients and tokens:
 * {@link ServiceApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase extends ServiceApiTest {

    private static final Path DATA_DIR = TestInfrastructure.newDataDir();
    private static final String DATABASE = "lienhiep_membership_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "membership", DATA_DIR, DATABASE);
    }
}
