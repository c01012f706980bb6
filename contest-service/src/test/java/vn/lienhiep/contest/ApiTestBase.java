package vn.lienhiep.contest;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.ServiceApiTest;
import vn.lienhiep.testing.TestInfrastructure;

/**
 * Base of the service's API tests: ONE running contest service per test JVM (Spring caches the context because every
 * subclass registers the same properties), on the real embedded pieces. Tests share its data, so each test creates
 * what it needs; editions of a programme take increasing ordinals, so they draw them from {@link #nextOrdinal()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase extends ServiceApiTest {

    private static final Path DATA_DIR = TestInfrastructure.newDataDir();
    private static final String DATABASE = "lienhiep_contest_" + UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger ORDINALS = new AtomicInteger(1);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "contest", DATA_DIR, DATABASE);
    }

    /** An ordinal above every edition drafted so far in this JVM, for any programme. */
    protected static int nextOrdinal() {
        return ORDINALS.getAndIncrement();
    }
}
