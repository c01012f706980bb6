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
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.membership.workforce.domain.WorkforcePolicies.Import;

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
        WorkforceFigures figures = Inputs.required(command.figures(), "figures");
        if (!WorkforceSnapshotId.of(figures.asOfDate(), figures.source()).equals(command.snapshotId())) {
            throw new InvalidInput("snapshotId", "mã bộ số liệu phải được suy ra từ ngày và nguồn",
                                   "the snapshot id must be derived from its date and source");
        }
        IMPORTING.enforce(new Import(snapshotId, figures, Clocks.today(clock)));
        AggregateLifecycle.apply(SnapshotImported.of(command.snapshotId(), figures));
        return new Outcome(snapshotId, STATUS, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(SnapshotImported event) {
        snapshotId = event.snapshotId();
    }
}
