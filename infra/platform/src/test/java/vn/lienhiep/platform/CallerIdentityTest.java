package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/**
 * Who a service thinks is calling, from the validated token only: the person and the expert an account is linked to
 * (so experts, judges and council members can act as themselves), and the public rules the service publishes.
 */
class CallerIdentityTest extends PlatformTestBase {

    private HttpJson as(String bearer) {
        return new HttpJson("http://127.0.0.1:" + port).withHeader("Authorization", bearer);
    }

    @Test
    void aLinkedAccountIsThePersonAndTheExpertItsTokenNames() {
        String bearer = TestTokens.shared().user("chuyen-gia").roles(Role.EXPERT).person("person-7")
                                  .expert("expert-3").bearer();

        JsonNode caller = as(bearer).get("/api/platformtest/caller").json();

        assertThat(caller.path("userId").asText()).isEqualTo("user-chuyen-gia");
        assertThat(caller.path("username").asText()).isEqualTo("chuyen-gia");
        assertThat(caller.path("personId").asText()).isEqualTo("person-7");
        assertThat(caller.path("expertId").asText()).isEqualTo("expert-3");
        assertThat(caller.path("roles").toString()).isEqualTo("[\"EXPERT\"]");
    }

    @Test
    void anUnlinkedAccountIsNobodyInParticularAndAHeaderCannotMakeItSomeone() {
        HttpJson.Response response = as(TestTokens.shared().bearer("can-bo", Role.UNION_STAFF))
                .send("GET", "/api/platformtest/caller", null, Map.of("X-Expert-Id", "expert-3"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("personId").isNull()).isTrue();
        assertThat(response.json().path("expertId").isNull()).isTrue();
        assertThat(new HttpJson("http://127.0.0.1:" + port).get("/api/platformtest/caller").status()).isEqualTo(401);
    }

    @Test
    void theServicePublishesItsPublicRulesAndNothingElseToAnyone() {
        HttpJson.Response response = new HttpJson("http://127.0.0.1:" + port).get("/api/platformtest/access/public");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode access = response.json();
        assertThat(access.path("context").asText()).isEqualTo("platformtest");
        assertThat(access.path("rules").toString())
                .contains("{\"method\":\"GET\",\"pattern\":\"/api/platformtest/missing/{id}\"}")
                .contains("{\"method\":\"GET\",\"pattern\":\"/api/platformtest/access/public\"}")
                .contains("{\"method\":\"GET\",\"pattern\":\"/api/platformtest/labels\"}")
                .doesNotContain("/api/platformtest/things").doesNotContain("/api/platformtest/caller");
        assertThat(access.path("rules")).hasSize(3);
    }
}
