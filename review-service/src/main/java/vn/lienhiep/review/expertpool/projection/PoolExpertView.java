package vn.lienhiep.review.expertpool.projection;

import java.util.List;

/**
 * An active expert of Review's pool as the UI sees it: only what membership publishes. {@code displayName} is null
 * when the expert did not consent to publishing the name.
 *
 * @param version membership's aggregate sequence of the last event this view reflects
 */
public record PoolExpertView(String expertId, long version, String personId, String displayName,
                             List<String> expertiseFields, List<String> employers, String scope, String availability,
                             String updatedAt) {
}
