package vn.lienhiep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.AccessRules;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.AvailableActions;
import vn.lienhiep.platform.security.Caller;

/**
 * "Which actions may I take now" keeps exactly what the security filter chain would let the caller call: the first
 * matching rule of the access table decides, and what the table does not name is denied.
 */
class AvailableActionsTest {

    private static final String THINGS = "/api/test/things";

    private static final AccessRules TABLE = AccessRules.builder()
            .get(THINGS + "/{id}").publicAccess()
            .get(THINGS + "/{id}/actions").authenticated()
            // first match wins: the special thing's approval is the administrator's alone
            .post(THINGS + "/special/approval").roles(Role.UNION_ADMIN)
            .post(THINGS + "/{id}/approval", THINGS + "/{id}/panel/{expertId}/acceptance").roles(Role.UNION_STAFF)
            .post(THINGS + "/{id}/comment").authenticated()
            .post(THINGS + "/{id}/report/sending").roles(Role.UNION_LEADERSHIP, Role.UNION_ADMIN)
            .build();

    private final AvailableActions actions = AvailableActions.of(TABLE);

    private static Caller with(Role... roles) {
        return new Caller("user-1", "user", "User", Set.of(roles), null, null);
    }

    @Test
    void publicIsEveryoneAuthenticatedIsAnyTokenRolesAreTheirRoles() {
        Caller anonymous = Caller.anonymous();
        Caller staff = with(Role.UNION_STAFF);
        Caller noRole = with();

        assertThat(actions.allows(anonymous, HttpMethod.GET, THINGS + "/7")).isTrue();
        assertThat(actions.allows(anonymous, HttpMethod.GET, THINGS + "/7/actions")).isFalse();
        assertThat(actions.allows(noRole, HttpMethod.GET, THINGS + "/7/actions")).isTrue();
        assertThat(actions.allows(anonymous, HttpMethod.POST, THINGS + "/7/comment")).isFalse();
        assertThat(actions.allows(noRole, HttpMethod.POST, THINGS + "/7/comment")).isTrue();
        assertThat(actions.allows(staff, HttpMethod.POST, THINGS + "/7/approval")).isTrue();
        assertThat(actions.allows(with(Role.UNION_LEADERSHIP), HttpMethod.POST, THINGS + "/7/approval")).isFalse();
        assertThat(actions.allows(with(Role.REQUESTER, Role.UNION_ADMIN), HttpMethod.POST,
                                  THINGS + "/7/report/sending")).as("one of the roles is enough").isTrue();
    }

    @Test
    void theMethodMattersAndWhatTheTableDoesNotNameIsDeniedToEveryone() {
        Caller admin = with(Role.values());

        assertThat(actions.allows(admin, HttpMethod.DELETE, THINGS + "/7")).isFalse();
        assertThat(actions.allows(admin, HttpMethod.POST, THINGS + "/7/unlisted")).isFalse();
        assertThat(actions.allows(admin, HttpMethod.POST, THINGS + "/7/approval/extra")).isFalse();
    }

    @Test
    void theFirstMatchingRuleDecidesAsInTheFilterChain() {
        assertThat(actions.allows(with(Role.UNION_STAFF), HttpMethod.POST, THINGS + "/special/approval")).isFalse();
        assertThat(actions.allows(with(Role.UNION_ADMIN), HttpMethod.POST, THINGS + "/special/approval")).isTrue();
        assertThat(actions.allows(with(Role.UNION_ADMIN), HttpMethod.POST, THINGS + "/7/approval")).isFalse();
        assertThat(actions.allows(with(Role.UNION_STAFF), HttpMethod.POST, THINGS + "/{id}/approval"))
                .as("a template reads as any value").isTrue();
    }

    /** The paths match exactly where the filter chain's own matchers (PathPatternRequestMatcher) match. */
    @Test
    void pathsMatchWhereTheFilterChainsMatchersMatch() {
        List<String> paths = List.of(THINGS + "/7", THINGS + "/7/", THINGS + "/7/approval", THINGS + "/7/approval/",
                                     THINGS + "/special/approval", THINGS + "/a%20b/approval", THINGS + "//approval",
                                     THINGS + "/7/panel/e-1/acceptance", THINGS + "/7/panel/acceptance",
                                     THINGS + "/7/report/sending", THINGS + "/7/report", "/api/test/other/7/approval");
        Caller everyone = with(Role.values());
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
                boolean chain = TABLE.rules().stream().anyMatch(rule -> rule.method().equals(method)
                        && PathPatternRequestMatcher.withDefaults().matcher(method, rule.pattern())
                                                    .matches(request(method, path)));
                assertThat(actions.allows(everyone, method, path)).as(method + " " + path).isEqualTo(chain);
            }
        }
    }

    @Test
    void anOfferKeepsWhatTheDomainAllowsNowAndTheCallerMayCall() {
        Caller staff = with(Role.UNION_STAFF);

        ActionsView view = actions.on(staff, THINGS + "/7")
                                  .post("approval")
                                  .post("comment", false)
                                  .post("report/sending", true)
                                  .post("panel/{expertId}/acceptance", Map.of("expertId", "e 1/2"), true)
                                  .post("unlisted")
                                  .view();

        assertThat(view.actions()).containsExactly(
                new ActionsView.Action("approval", "POST", THINGS + "/7/approval"),
                new ActionsView.Action("panel/{expertId}/acceptance", "POST",
                                       THINGS + "/7/panel/e%201%2F2/acceptance"));
        assertThat(actions.on(Caller.anonymous(), THINGS + "/7").post("approval").post("comment").view().actions())
                .isEmpty();
    }

    @Test
    void everyServiceAnswersTheSameShape() throws Exception {
        ActionsView view = actions.on(with(Role.UNION_LEADERSHIP), THINGS + "/7/").post("report/sending").view();

        assertThat(new ObjectMapper().writeValueAsString(view)).isEqualTo(
                "{\"actions\":[{\"name\":\"report/sending\",\"method\":\"POST\",\"href\":\"" + THINGS
                + "/7/report/sending\"}]}");
    }

    @Test
    void aMemberActWithoutItsVariableIsAProgrammingError() {
        assertThatThrownBy(() -> actions.on(with(Role.UNION_STAFF), THINGS + "/7")
                                        .post("panel/{expertId}/acceptance", Map.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expertId");
    }

    private static MockHttpServletRequest request(HttpMethod method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        request.setServletPath(path);
        return request;
    }
}
