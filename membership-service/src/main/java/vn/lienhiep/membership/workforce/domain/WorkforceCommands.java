package vn.lienhiep.membership.workforce.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the workforce statistics: only imports; a correction is a new snapshot. */
public sealed interface WorkforceCommands {

    /** @param snapshotId {@link WorkforceSnapshotId#of} of the figures' date and source */
    record ImportSnapshot(@TargetAggregateIdentifier String snapshotId, WorkforceFigures figures)
            implements WorkforceCommands {
    }
}
