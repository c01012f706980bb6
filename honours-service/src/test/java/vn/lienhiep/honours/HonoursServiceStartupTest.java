package vn.lienhiep.honours;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.ServiceStartupContract;
import vn.lienhiep.testing.TestInfrastructure;

/** The skeleton starts on the real embedded pieces and is operable before it has any endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HonoursServiceStartupTest extends ServiceStartupContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "honours");
    }

    @Override
    protected String serviceName() {
        return "honours-service";
    }
}
