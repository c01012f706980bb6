package vn.lienhiep.membership.common.projection;

import java.util.Optional;

/**
 * Turns a sub-context's domain events into history lines. Each sub-context (organisations, persons, experts,
 * governance, workforce) contributes one describer bean; events no describer knows are not shown.
 */
public interface HistoryDescriber {

    Optional<HistoryLine> describe(Object event);
}
