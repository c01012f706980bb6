package vn.lienhiep.membership.workforce.domain;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.membership.workforce.domain.WorkforceCommands.ImportSnapshot;
import vn.lienhiep.membership.workforce.domain.WorkforceEvents.SnapshotImported;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;

import static vn.lienhiep.membership.common.domain.DatePolicies.*;
import static vn.lienhiep.membership.workforce.domain.WorkforcePolicies.*;

/**
 * One imported workforce snapshot (số liệu đội ngũ trí thức). Its id is derived from date and source, so the
 * aggregate itself is the guard against importing the same figures twice: the handler runs on the existing
 * aggregate and refuses.
 */
@AggregateRoot
public class WorkforceSnapshot {

    public static final String STATUS = "IMPORTED";

    @AggregateIdentifier
    private String snapshotId;

    protected WorkforceSnapshot() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(ImportSnapshot command, Clock clock) {
        WorkforceFigures figures = command.figures();
        String expectedId = WorkforceSnapshotId.of(figures.asOfDate(), figures.source());
        if (!expectedId.equals(command.snapshotId())) {
            throw new IllegalArgumentException("snapshot id must be derived from its date and source");
        }
        if (snapshotId != null) {
            throw duplicate(snapshotId, figures.asOfDate(), figures.source()).get().asException();
        }
        Policy.enforce(figures.asOfDate(), notInFuture(Clocks.today(clock)));
        Policy.enforce(figures, intellectualsWithinCivilServants(), breakdownsAddUp());
        AggregateLifecycle.apply(SnapshotImported.of(command.snapshotId(), figures));
        return new Outcome(snapshotId, STATUS, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(SnapshotImported event) {
        snapshotId = event.snapshotId();
    }
}
