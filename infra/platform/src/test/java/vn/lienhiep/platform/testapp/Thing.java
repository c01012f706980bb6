package vn.lienhiep.platform.testapp;

import java.time.Duration;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.kernel.Outcome;

@AggregateRoot
public class Thing {

    public record Create(@TargetAggregateIdentifier String id, String label) {
    }

    public record Relabel(@TargetAggregateIdentifier String id, String label,
                          @TargetAggregateVersion Long expectedVersion) {
    }

    /** Schedules a persisted deadline: {@link Reminded} is applied when it fires. */
    public record Remind(@TargetAggregateIdentifier String id, long afterMillis) {
    }

    public record Created(String id, String label) {
    }

    public record Reminded(String id) {
    }

    public record Relabelled(String id, String label) {
    }

    @AggregateIdentifier
    private String id;
    private String label;

    protected Thing() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(Create command) {
        if ("forbidden".equals(command.label())) {
            throw new BusinessRuleViolation("test.label-forbidden", "Nhãn bị cấm.", "Label is forbidden.");
        }
        AggregateLifecycle.apply(new Created(command.id(), command.label()));
        return new Outcome(id, "CREATED", AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(Relabel command) {
        AggregateLifecycle.apply(new Relabelled(id, command.label()));
        return new Outcome(id, "CREATED", AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public Outcome handle(Remind command, DeadlineManager deadlines) {
        deadlines.schedule(Duration.ofMillis(command.afterMillis()), "thing-reminder");
        return new Outcome(id, "CREATED", AggregateLifecycle.getVersion());
    }

    @DeadlineHandler(deadlineName = "thing-reminder")
    void remind() {
        AggregateLifecycle.apply(new Reminded(id));
    }

    @EventSourcingHandler
    void on(Created e) {
        id = e.id();
        label = e.label();
    }

    @EventSourcingHandler
    void on(Relabelled e) {
        label = e.label();
    }
}
