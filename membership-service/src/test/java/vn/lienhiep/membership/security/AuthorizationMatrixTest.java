package vn.lienhiep.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.AccessMatrix.Row;
import vn.lienhiep.testing.AuthorizationMatrixContract;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/**
 * Membership's authorization matrix (src/test/resources/security/authorization-matrix.txt), checked by the platform's
 * {@link AuthorizationMatrixContract}: the fixture is an organisation with a member, and the caller scoped elsewhere is
 * an officer of another organisation.
 */
class AuthorizationMatrixTest extends ApiTestBase implements AuthorizationMatrixContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static Fixture fixture;

    record Fixture(String organization, String otherOrganization, String person, String membership) {
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        String own = existingMember(unique("Hội Khoa học Ma trận"));
        String other = existingMember(unique("Hội Khoa học Khác"));
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", unique("Lò Văn Ma Trận"));
        person.put("degree", "THAC_SI");
        person.put("dateOfBirth", "1980-03-04");
        HttpJson.Response created = http.post("/api/membership/persons", person);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String personId = created.json().path("id").asText();
        HttpJson.Response membership = http.post("/api/membership/persons/" + personId + "/memberships",
                Map.of("organizationId", own, "memberType", "OFFICIAL", "since", "2020-01-01"));
        assertThat(membership.status()).as(membership.toString()).isEqualTo(201);
        String membershipId = membership.json().path("membershipId").asText();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                http.get("/api/membership/persons/" + personId).body().contains(membershipId)
                        && http.get("/api/membership/organizations/" + other).status() == 200);
        fixture = new Fixture(own, other, personId, membershipId);
    }

    private String existingMember(String name) {
        HttpJson.Response response = http.post("/api/membership/organizations/existing-members", Map.of(
                "name", name, "kind", "SPECIALISED_ASSOCIATION", "field", "Khoa học",
                "admission", Map.of("number", "9/QĐ-LHH", "date", "2015-01-05", "issuedBy", "BCH", "signer", "Chủ tịch")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    @Override
    public String apiPrefix() {
        return "/api/membership";
    }

    @Override
    public RequestMappingHandlerMapping endpoints() {
        return mappings;
    }

    @Override
    public OwnScope ownScope() {
        return new OwnScope(fixture.organization(), "ubnd-tinh", null);
    }

    @Override
    public String otherScopeName() {
        return "officer of another organisation";
    }

    @Override
    public String otherScopeToken() {
        return TestTokens.shared().user("matrix-other-officer").roles(Role.MEMBER_ORG_ADMIN)
                         .organization(fixture.otherOrganization()).bearer();
    }

    @Override
    public boolean strict(Row row) {
        return row.path().startsWith("/api/membership/organizations/{id}")
               || row.path().startsWith("/api/membership/persons/{id}");
    }

    @Override
    public String bind(String path) {
        String id = path.startsWith("/api/membership/persons/") ? fixture.person()
                : path.startsWith("/api/membership/organizations/") ? fixture.organization()
                : "no-such-id";
        return path.replace("{id}", id).replace("{membershipId}", fixture.membership())
                   .replace("{ordinal}", "999").replace("{holdingId}", "no-such-holding")
                   .replace("{name}", "no-such-processor").replace("{kind}", "organizations");
    }
}
