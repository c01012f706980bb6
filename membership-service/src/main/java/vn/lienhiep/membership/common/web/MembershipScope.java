package vn.lienhiep.membership.common.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * Object-level access in membership: a member-organisation officer reads and changes only their own organisation and
 * its members; anyone outside the union office sees only the public directory. Whatever a caller may not see answers
 * exactly like something that does not exist (404), so ids cannot be probed.
 *
 * <p>Runs as an interceptor, i.e. before the request body is read and validated: a probe with an invalid body gets
 * the same 404 as a valid one. What "their own" means for each kind of resource is the owning sub-context's
 * {@link ObjectScope}.
 */
@Component
public class MembershipScope implements HandlerInterceptor {

    /** Roles that see every organisation and person the union holds. */
    public static final Set<Role> UNION_WIDE = Set.of(Role.UNION_ADMIN, Role.UNION_LEADERSHIP, Role.UNION_STAFF);
    /** What the public directory lists: admitted members that have not left. */
    public static final Set<String> DIRECTORY_STATUSES = Set.of(OrganizationStatus.ACTIVE.name(),
                                                                OrganizationStatus.SUSPENDED.name());

    private final List<ObjectScope> scopes;

    public MembershipScope(List<ObjectScope> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    /** True when the caller sees every organisation; otherwise only the directory (and, for an officer, their own). */
    public static boolean seesEverything(Caller caller) {
        return caller.hasAny(UNION_WIDE);
    }

    /** A member-organisation officer without a union-wide role. */
    public static boolean isScoped(Caller caller) {
        return caller.scopedToOrganization(UNION_WIDE);
    }

    /** May this caller see the organisation in this status? */
    public static boolean canSee(Caller caller, String organizationId, String status) {
        return seesEverything(caller) || DIRECTORY_STATUSES.contains(status)
                || (isScoped(caller) && Objects.equals(caller.organizationId(), organizationId));
    }

    /** For a body naming an organisation (a new membership): a scoped caller may only name their own. */
    public static void requireOwnOrganization(Caller caller, String organizationId) {
        if (isScoped(caller) && !Objects.equals(caller.organizationId(), organizationId)) {
            throw new ResourceNotFoundException("organization", organizationId);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Callers.current();
        if (!isScoped(caller)) {
            return true; // union-wide roles see everything; other roles are limited by the access rules
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pattern == null || variables == null) {
            return true;
        }
        String path = pattern.toString();
        for (ObjectScope scope : scopes) {
            if (path.equals(scope.path()) || path.startsWith(scope.path() + "/")) {
                scope.check(caller, request.getMethod(), path, variables);
            }
        }
        return true;
    }
}
