package vn.lienhiep.membership.person.domain;

/**
 * One person, one record: the natural keys of {@link PersonIdentity} are claimed in the SAME transaction as the
 * person's events (set-based validation), so a refused claim rolls the command back.
 */
public interface PersonRegistry {

    /**
     * Reserves {@code naturalKey} for {@code personId}; re-claiming one's own key only refreshes the display name.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation {@code membership.person.duplicate}, with the
     *                                                           existing person's id in the details
     */
    void claim(String naturalKey, String personId, String displayName);

    void release(String naturalKey, String personId);
}
