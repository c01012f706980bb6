package vn.lienhiep.review.common.domain;

import java.util.Optional;

/**
 * The experts Review may put on a panel: a local replica of membership's verified experts, kept from membership's
 * public events only (no synchronous call). A deactivated expert is no longer in the pool, but stays known.
 */
public interface ExpertPool {

    /** The active expert with this id, if membership has verified them and not deactivated them since. */
    Optional<PoolExpert> active(String expertId);

    /**
     * Whether membership ever told review of this expert, active or since deactivated: an expert's record (the
     * engagements they served on) is still theirs after they leave the pool.
     */
    boolean known(String expertId);
}
