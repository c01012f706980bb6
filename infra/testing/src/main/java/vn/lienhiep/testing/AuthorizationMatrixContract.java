package vn.lienhiep.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.testing.AccessMatrix.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role (+ anonymous + a caller scoped to ANOTHER object) → the expected answer, from ONE table
 * ({@code src/test/resources/security/authorization-matrix.txt}, see {@link AccessMatrix}). The table must name every
 * endpoint the service serves under its API prefix, so a new endpoint without a row fails.
 * <p>
 * A service's {@code AuthorizationMatrixTest extends ApiTestBase implements AuthorizationMatrixContract} and supplies
 * only its own: the fixture objects the paths are bound to, how a scoped role is scoped to them, and the caller
 * scoped to another object (an officer of another organisation in membership, a requester of another body in review).
 */
public interface AuthorizationMatrixContract {

    String ANONYMOUS = "anonymous";

    /** The service's API prefix, e.g. {@code /api/membership}. */
    String apiPrefix();

    /** The service's handler mappings (autowire {@code @Qualifier("requestMappingHandlerMapping")}). */
    RequestMappingHandlerMapping endpoints();

    /** A client sending this Authorization header (null: anonymous); {@link ServiceApiTest#as(String)}. */
    HttpJson as(String authorization);

    /**
     * The fixture's own objects that scoped roles act for: the organisation of a MEMBER_ORG_ADMIN, the requesting body
     * of a REQUESTER, the expert an EXPERT is (null: the role's token carries no scope).
     */
    record OwnScope(String organization, String requester, String expert) {
    }

    OwnScope ownScope();

    /** The token of a caller with this role, scoped to the fixture's own objects where the role is scoped. */
    default TestTokens.Builder token(Role role) {
        TestTokens.Builder token = TestTokens.shared().user("matrix-" + role.name().toLowerCase()).roles(role);
        OwnScope own = ownScope();
        if (role == Role.MEMBER_ORG_ADMIN && own.organization() != null) {
            token.organization(own.organization());
        }
        if (role == Role.REQUESTER && own.requester() != null) {
            token.requester(own.requester());
        }
        if (role == Role.EXPERT && own.expert() != null) {
            token.expert(own.expert());
        }
        return token;
    }

    /** Who the table's third column speaks of, e.g. "officer of another organisation". */
    String otherScopeName();

    /** The Authorization header of that caller. */
    String otherScopeToken();

    /** The path with its variables bound to the fixture's objects. */
    String bind(String path);

    /**
     * Whether the path names the fixture's own object, so that "ok" excludes 404 (authorization let the call through
     * and the object exists).
     */
    boolean strict(Row row);

    /** The body sent with a non-GET call: empty unless the object-level check runs after bean validation. */
    default Map<String, Object> body(Row row) {
        return Map.of();
    }

    default String table() {
        return "/security/authorization-matrix.txt";
    }

    default List<Row> rows() {
        return AccessMatrix.fromResource(getClass(), table()).rows();
    }

    @Test
    default void theTableNamesEveryEndpointAndNothingElse() {
        Set<String> served = new TreeSet<>();
        endpoints().getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(apiPrefix() + "/") && !pattern.equals(apiPrefix())) {
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
        rows().forEach(row -> listed.add(row.endpoint()));

        assertThat(listed).as("rows without an endpoint").isSubsetOf(served);
        assertThat(served).as("endpoints without a row in " + table()).isSubsetOf(listed);
    }

    @Test
    default void everyEndpointAnswersEveryCallerAsTheTableSays() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(ANONYMOUS, null);
        for (Role role : Role.values()) {
            callers.put(role.name(), token(role).bearer());
        }
        callers.put(otherScopeName(), otherScopeToken());

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : rows()) {
            String path = bind(row.path());
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                String expected = caller.getKey().equals(ANONYMOUS) ? row.expectedAnonymously()
                        : caller.getKey().equals(otherScopeName()) ? row.otherOfficer()
                        : row.expectedFor(Role.valueOf(caller.getKey()));
                HttpJson client = as(caller.getValue());
                HttpJson.Response response = "GET".equals(row.method()) ? client.get(path)
                        : client.send(row.method(), path, body(row), Map.of());
                calls++;
                if (!AccessMatrix.answers(expected, response.status(), strict(row))) {
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
}
