package vn.lienhiep.membership.organization.domain;

/**
 * Names are unique within the union — a rule across aggregates, so it lives in a registry that commits in the SAME
 * transaction as the aggregate's events (set-based validation). A refused claim rolls the command back.
 */
public interface OrganizationNameRegistry {

    /**
     * Reserves {@code name} for {@code organizationId}; re-claiming one's own name is a no-op.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation {@code membership.organization.name-unique}
     */
    void claim(String name, String organizationId);

    /** Frees a name (after a rejection or a rename). */
    void release(String name, String organizationId);
}
