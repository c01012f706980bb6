package vn.lienhiep.membership.organization.domain;

import java.util.Optional;

/**
 * Names are unique within the union — a rule across aggregates, so it lives in a registry that commits in the SAME
 * transaction as the aggregate's events (set-based validation). Names are compared in canonical form
 * ({@code VietnameseText.canonicalName}). The registry only records who holds which name; the rule that refuses a
 * taken name is {@link OrganizationPolicies#NAME_UNIQUE}.
 */
public interface OrganizationNameRegistry {

    /**
     * Reserves {@code name} for {@code organizationId} unless another organisation holds it; re-claiming one's own
     * name is a no-op.
     *
     * @return the organisation that already holds the name (nothing was reserved), or empty when the name is now
     *         {@code organizationId}'s
     */
    Optional<String> claim(String name, String organizationId);

    /** Frees a name (after a rejection or a rename). */
    void release(String name, String organizationId);

    /** Which organisation holds this name, if any (the imports find known organisations by name). */
    Optional<String> holderOf(String name);
}
