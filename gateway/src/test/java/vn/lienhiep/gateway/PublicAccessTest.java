package vn.lienhiep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.gateway.security.ServicePublicPaths;
import vn.lienhiep.testing.HttpJson;

/**
 * Anonymous access is declared once, in each service's access table: the gateway opens what the services publish at
 * {@code /api/<context>/access/public}, nothing else, and nothing of a service that has not answered.
 */
class PublicAccessTest extends GatewayTestBase {

    @Autowired
    ServicePublicPaths publicPaths;

    @Test
    void aPathTheServiceDeclaresPublicIsReachableWithoutAToken() {
        String path = "/api/membership/organizations/" + UUID.randomUUID();

        HttpJson.Response response = anonymous.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(MEMBERSHIP.last().path()).isEqualTo(path);
        assertThat(MEMBERSHIP.last().header("Authorization")).isNull();
        assertThat(anonymous.get("/api/review/outcomes").status()).isEqualTo(200);
    }

    @Test
    void aPathOrAMethodTheServiceDoesNotDeclareIs401AtTheEdge() {
        String path = "/api/membership/organizations/" + UUID.randomUUID() + "/history";

        HttpJson.Response history = anonymous.get(path);
        HttpJson.Response write = anonymous.send("PUT", "/api/membership/organizations/" + UUID.randomUUID(), null,
                                                 java.util.Map.of());

        assertThat(history.status()).as(history.body()).isEqualTo(401);
        assertThat(history.json().get("type").asText()).isEqualTo("urn:lienhiep:problem:gateway:unauthenticated");
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);
        assertThat(write.status()).isEqualTo(401);
        assertThat(http.get(path).status()).as("with a token it is the service's decision").isEqualTo(200);
    }

    @Test
    void aServiceCannotOpenAPathOutsideItsOwnApi() {
        String path = "/api/membership/persons/" + UUID.randomUUID();

        assertThat(publicPaths.rulesOf("review")).extracting(rule -> rule.pattern())
                .containsExactlyInAnyOrder("/api/review/outcomes", "/api/review/record-keys");
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(MEMBERSHIP.lastPath()).isNotEqualTo(path);
    }

    @Test
    void aServiceThatIsDownOpensNothing() {
        HttpJson.Response honours = anonymous.get("/api/honours/public/lists");

        assertThat(publicPaths.rulesOf("honours")).isNull();
        assertThat(honours.status()).as(honours.body()).isEqualTo(401);
        assertThat(http.get("/api/honours/public/lists").status()).as("it is really down").isEqualTo(503);
    }

    /** Contest answered 503 until now: its declared path was closed; once it answers, the gateway opens it. */
    @Test
    void aServiceThatStartsAnsweringOpensItsPathsAndAWithdrawnPathCloses() {
        String results = "/api/contest/results/" + UUID.randomUUID();
        int asked = CONTEST.accessRequests();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> CONTEST.accessRequests() > asked);
        assertThat(publicPaths.rulesOf("contest")).as("not answered yet").isNull();
        assertThat(anonymous.get(results).status()).isEqualTo(401);
        assertThat(CONTEST.lastPath()).isNotEqualTo(results);

        CONTEST.answerAccessWith(200);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                  .untilAsserted(() -> assertThat(anonymous.get(results).status()).isEqualTo(200));
        assertThat(CONTEST.last().path()).isEqualTo(results);

        CONTEST.publishPublic();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                  .untilAsserted(() -> assertThat(anonymous.get(results).status()).isEqualTo(401));
        assertThat(new HttpJson(baseUrl()).withHeader("Authorization", TOKENS.bearer("staff", Role.UNION_STAFF))
                                          .get(results).status()).isEqualTo(200);
    }

    @Test
    void theGatewaysOwnPublicEndpointsNeedNoService() {
        assertThat(anonymous.get("/asyncapi.yaml").status()).isEqualTo(200);
        assertThat(anonymous.get("/session").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/membership/access/public").status())
                .as("not published by this stub, so closed like any undeclared path").isEqualTo(401);
    }
}
