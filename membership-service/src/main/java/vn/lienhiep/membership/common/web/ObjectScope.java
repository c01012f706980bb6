package vn.lienhiep.membership.common.web;

import java.util.Map;

import vn.lienhiep.platform.security.Caller;

/**
 * The object-level check of one kind of resource for a member-organisation officer, supplied by the sub-context that
 * owns the resource ({@code organization.web.OrganizationScope}, {@code person.web.PersonScope}), so this shared
 * package knows no sub-context's read models. {@link MembershipScope} runs the checks before the request body is read.
 */
public interface ObjectScope {

    /** The URI template the check guards, with everything under it, e.g. {@code /api/membership/persons/{id}}. */
    String path();

    /**
     * Refuses (as {@link vn.lienhiep.platform.web.ResourceNotFoundException}, exactly like a missing id) what the
     * officer may not see or change.
     *
     * @param matchedPath the URI template Spring matched ({@code /api/membership/persons/{id}/memberships})
     * @param variables   its variables
     */
    void check(Caller officer, String method, String matchedPath, Map<String, String> variables);
}
