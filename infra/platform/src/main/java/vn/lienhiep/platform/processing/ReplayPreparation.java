package vn.lienhiep.platform.processing;

/**
 * What a processor needs done before a replay resets its tokens, e.g. the public-events publisher making sure its
 * topic is there, with the right settings, and empty (a replay onto a topic that still holds records would put every
 * event behind its own older copy, out of order per key).
 */
public interface ReplayPreparation {

    /** The processor this preparation is for. */
    String processor();

    /**
     * Runs before the replay; throwing refuses it and nothing is reset.
     *
     * @throws vn.lienhiep.kernel.BusinessRuleViolation naming the rule that refuses the replay
     */
    void prepare();
}
