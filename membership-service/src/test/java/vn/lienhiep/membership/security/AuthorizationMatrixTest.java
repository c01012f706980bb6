package vn.lienhiep.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.membership.ApiTestBase;
import vn.lienhiep.testing.AccessMatrix;
import vn.lienhiep.testing.AccessMatrix.Row;
import vn.lienhiep.testing.HttpJson;
import vn.lienhiep.testing.TestTokens;

/**
 * Every endpoint × every role (+ anonymous + an officer of another organisation) → the expected answer, from ONE table
 * (src/test/resources/security/authorization-matrix.txt). The table must name every endpoint the service serves, so a
 * new endpoint without a row fails here.
 */
class AuthorizationMatrixTest extends ApiTestBase {

    private static final String TABLE = "/security/authorization-matrix.txt";
    private static final String ANONYMOUS = "anonymous";
    private static final String OTHER_OFFICER = "officer of another organisation";

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

    @Test
    void theTableNamesEveryEndpointAndNothingElse() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/membership/") && !pattern.equals("/api/membership")) {
                    continue;
                }
                if (pattern.contains("/v3/api-docs") || pattern.contains("swagger")) {
                    continue; // the platform publishes these to everyone
                }
                for (RequestMethod m : methods) {
                    served.add(m.name() + " " + pattern);
                }
            }
        });
        Set<String> listed = new TreeSet<>();
        table().forEach(row -> listed.add(row.endpoint()));

        assertThat(listed).as("rows without an endpoint").isSubsetOf(served);
        assertThat(served).as("endpoints without a row in " + TABLE).isSubsetOf(listed);
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(ANONYMOUS, null);
        for (Role role : Role.values()) {
            TestTokens.Builder token = TestTokens.shared().user("matrix-" + role.name().toLowerCase()).roles(role);
            if (role == Role.MEMBER_ORG_ADMIN) {
                token.organization(fixture.organization());
            }
            if (role == Role.REQUESTER) {
                token.requester("ubnd-tinh");
            }
            callers.put(role.name(), token.bearer());
        }
        callers.put(OTHER_OFFICER, TestTokens.shared().user("matrix-other-officer").roles(Role.MEMBER_ORG_ADMIN)
                                             .organization(fixture.otherOrganization()).bearer());

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : table()) {
            String path = bind(row.path());
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                String expected = expected(row, caller.getKey());
                HttpJson client = as(caller.getValue());
                HttpJson.Response response = "GET".equals(row.method()) ? client.get(path)
                        : client.send(row.method(), path, Map.of(), Map.of());
                calls++;
                if (!AccessMatrix.answers(expected, response.status(), strict(row.path()))) {
                    wrong.add(String.format("%-70s %-32s expected %-3s got %d", row.endpoint(), caller.getKey(),
                                            expected, response.status()));
                }
                if (response.status() == 401 || response.status() == 403 || response.status() == 404) {
                    assertThat(response.contentType()).as(row.endpoint() + " as " + caller.getKey())
                                                      .startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).as("%d calls; these answered otherwise than the table says", calls).isEmpty();
    }

    private static String expected(Row row, String caller) {
        return caller.equals(ANONYMOUS) ? row.expectedAnonymously()
                : caller.equals(OTHER_OFFICER) ? row.otherOfficer() : row.expectedFor(Role.valueOf(caller));
    }

    private static boolean strict(String path) {
        return path.startsWith("/api/membership/organizations/{id}") || path.startsWith("/api/membership/persons/{id}");
    }

    private static String bind(String path) {
        String id = path.startsWith("/api/membership/persons/") ? fixture.person()
                : path.startsWith("/api/membership/organizations/") ? fixture.organization()
                : "no-such-id";
        return path.replace("{id}", id).replace("{membershipId}", fixture.membership())
                   .replace("{ordinal}", "999").replace("{holdingId}", "no-such-holding")
                   .replace("{name}", "no-such-processor");
    }

    static List<Row> table() {
        return AccessMatrix.fromResource(AuthorizationMatrixTest.class, TABLE).rows();
    }
}
