package vn.lienhiep.membership.expert.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.membership.expert.domain.ExpertCommands.*;
import vn.lienhiep.membership.expert.domain.ExpertEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;

import static vn.lienhiep.membership.common.domain.DatePolicies.*;
import static vn.lienhiep.membership.expert.domain.ExpertPolicies.*;

/**
 * A person's expert profile (hồ sơ chuyên gia) in the expert database: PENDING_VERIFICATION → ACTIVE | REJECTED;
 * ACTIVE → INACTIVE → ACTIVE (verified again). One per person: its id is derived from the person's id, so a second
 * registration lands on the existing aggregate and is refused there.
 */
@AggregateRoot
public class ExpertProfile {

    @AggregateIdentifier
    private String expertId;
    private String personId;
    private ExpertStatus status;
    private ExpertDetails details;
    private Instant lastVerifiedAt;

    protected ExpertProfile() {
        // for Axon
    }

    public static String idFor(String personId) {
        return UUID.nameUUIDFromBytes(("expert:" + personId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(RegisterExpert command, PersonDirectory persons, ExpertFieldTaxonomy taxonomy, Clock clock) {
        if (expertId != null) {
            throw alreadyRegistered(expertId, personId).asException();
        }
        if (!idFor(command.personId()).equals(command.expertId())) {
            throw new IllegalArgumentException("expertId must be derived from personId");
        }
        ExpertDetails declared = Objects.requireNonNull(command.details(), "details");
        Policy.enforce(command.personId(), personKnown(persons));
        Policy.enforce(declared, fieldsKnown(taxonomy), employerDeclared());
        AggregateLifecycle.apply(new ExpertRegistered(command.expertId(), command.personId(), declared,
                                                      Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(VerifyExpert command, PersonDirectory persons, Clock clock) {
        Policy.enforce(status, statusIn(EnumSet.of(ExpertStatus.PENDING_VERIFICATION, ExpertStatus.INACTIVE),
                                        "xác minh", "verify"));
        Policy.enforce(details, consentGiven(), employerDeclared());
        AggregateLifecycle.apply(new ExpertVerified(expertId, personId, details, publishableName(details, persons),
                                                    Instant.now(clock), command.note()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RejectExpert command, Clock clock) {
        Policy.enforce(status, statusIn(EnumSet.of(ExpertStatus.PENDING_VERIFICATION), "từ chối", "reject"));
        AggregateLifecycle.apply(new ExpertRejected(expertId, personId, command.reason(), Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(UpdateExpertProfile command, PersonDirectory persons, ExpertFieldTaxonomy taxonomy) {
        ExpertDetails declared = Objects.requireNonNull(command.details(), "details");
        Policy.enforce(declared, fieldsKnown(taxonomy), employerDeclared());
        if (status == ExpertStatus.ACTIVE) {
            // Withdrawing consent ends processing: an active expert must be deactivated, not silently kept in pools.
            Policy.enforce(declared, consentGiven());
        }
        // A rejected profile that is corrected goes back to the queue; the others keep their status (versioned).
        ExpertStatus after = status == ExpertStatus.REJECTED ? ExpertStatus.PENDING_VERIFICATION : status;
        AggregateLifecycle.apply(new ExpertProfileChanged(expertId, personId, declared,
                                                          publishableName(declared, persons), status, after,
                                                          lastVerifiedAt));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(DeactivateExpert command, Clock clock) {
        Policy.enforce(status, statusIn(EnumSet.of(ExpertStatus.ACTIVE), "ngừng hoạt động", "deactivate"));
        LocalDate today = Clocks.today(clock);
        LocalDate effective = command.effectiveDate() != null ? command.effectiveDate() : today;
        Policy.enforce(effective, notInFuture(today));
        AggregateLifecycle.apply(new ExpertDeactivated(expertId, personId, command.reason(), effective));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ExpertRegistered event) {
        expertId = event.expertId();
        personId = event.personId();
        details = event.details();
        status = ExpertStatus.PENDING_VERIFICATION;
    }

    @EventSourcingHandler
    void on(ExpertVerified event) {
        status = ExpertStatus.ACTIVE;
        lastVerifiedAt = event.verifiedAt();
    }

    @EventSourcingHandler
    void on(ExpertRejected event) {
        status = ExpertStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ExpertProfileChanged event) {
        details = event.details();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ExpertDeactivated event) {
        status = ExpertStatus.INACTIVE;
    }

    private String publishableName(ExpertDetails d, PersonDirectory persons) {
        return d.consentToPublishName() ? persons.displayName(personId).orElse(null) : null;
    }

    private Outcome outcome() {
        return new Outcome(expertId, status.name(), AggregateLifecycle.getVersion());
    }
}
