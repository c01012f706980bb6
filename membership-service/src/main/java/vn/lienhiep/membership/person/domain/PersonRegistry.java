package vn.lienhiep.membership.person.domain;

import java.util.Optional;

/**
 * One person, one record: the natural keys of {@link PersonIdentity} are claimed in the SAME transaction as the
 * person's events (set-based validation), so a refused claim rolls the command back. The registry only records who
 * holds which key; the rule that refuses a second record is {@link PersonPolicies#ONE_RECORD_PER_PERSON}.
 */
public interface PersonRegistry {

    /**
     * Reserves {@code naturalKey} for {@code personId} unless another person holds it; re-claiming one's own key only
     * refreshes the display name.
     *
     * @return the person who already holds the key (nothing was reserved), or empty when the key is now
     *         {@code personId}'s
     */
    Optional<String> claim(String naturalKey, String personId, String displayName);

    void release(String naturalKey, String personId);

    /** Which person holds this natural key, if any (registering a member and the imports look persons up by it). */
    Optional<String> holderOf(String naturalKey);
}
