package vn.lienhiep.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienhiep.testing.HttpJson;

/**
 * One running gateway per test JVM in front of stub services on random ports: membership, review and contest answer,
 * honours is stopped (nothing listens on its port). Contest's health reports DOWN while it still serves requests.
 * The read timeout is cut to 1.5 s so the timeout path is tested without waiting a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.http.clients.read-timeout=1500ms")
abstract class GatewayTestBase {

    static final StubService MEMBERSHIP = new StubService("membership");
    static final StubService REVIEW = new StubService("review");
    static final StubService CONTEST = new StubService("contest");
    static final String HONOURS_DOWN = StubService.deadUrl();

    static {
        CONTEST.reportHealth(503, "{\"status\":\"DOWN\",\"components\":{\"mongo\":{\"status\":\"DOWN\"}}}");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            MEMBERSHIP.close();
            REVIEW.close();
            CONTEST.close();
        }));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("lienhiep.gateway.services.membership", MEMBERSHIP::url);
        registry.add("lienhiep.gateway.services.review", REVIEW::url);
        registry.add("lienhiep.gateway.services.contest", CONTEST::url);
        registry.add("lienhiep.gateway.services.honours", () -> HONOURS_DOWN);
    }

    @LocalServerPort
    int port;
    HttpJson http;

    @BeforeEach
    void client() {
        http = new HttpJson("http://127.0.0.1:" + port);
    }
}
