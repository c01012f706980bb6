package vn.lienhiep.membership.expert.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.membership.expert.domain.ExpertPolicies.ProfileAct;
import vn.lienhiep.membership.expert.domain.ExpertPolicies.Registration;

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
        if (!idFor(command.personId()).equals(command.expertId())) {
            throw new InvalidInput("expertId", "mã hồ sơ chuyên gia phải được suy ra từ mã cá nhân",
                                   "the expert id must be derived from the person id");
        }
        ExpertDetails declared = Inputs.required(command.details(), "details");
        REGISTERING.enforce(new Registration(expertId, command.personId(), persons.exists(command.personId()),
                                             declared, taxonomy));
        AggregateLifecycle.apply(new ExpertRegistered(command.expertId(), command.personId(), declared,
                                                      Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(VerifyExpert command, PersonDirectory persons, Clock clock) {
        VERIFYING.enforce(new ProfileAct(status, details, null, null, Clocks.today(clock)));
        AggregateLifecycle.apply(new ExpertVerified(expertId, personId, details, publishableName(details, persons),
                                                    Instant.now(clock), Inputs.optionalText(command.note())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RejectExpert command, Clock clock) {
        REJECTING.enforce(new ProfileAct(status, details, null, null, Clocks.today(clock)));
        AggregateLifecycle.apply(new ExpertRejected(expertId, personId, Inputs.optionalText(command.reason()),
                                                    Clocks.today(clock)));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(UpdateExpertProfile command, PersonDirectory persons, ExpertFieldTaxonomy taxonomy) {
        ExpertDetails declared = Inputs.required(command.details(), "details");
        UPDATING.enforce(new ProfileAct(status, declared, taxonomy, null, null));
        // A rejected profile that is corrected goes back to the queue; the others keep their status (versioned).
        ExpertStatus after = status == ExpertStatus.REJECTED ? ExpertStatus.PENDING_VERIFICATION : status;
        AggregateLifecycle.apply(new ExpertProfileChanged(expertId, personId, declared,
                                                          publishableName(declared, persons), status, after,
                                                          lastVerifiedAt));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(DeactivateExpert command, Clock clock) {
        LocalDate effective = Clocks.orToday(command.effectiveDate(), clock);
        DEACTIVATING.enforce(new ProfileAct(status, details, null, effective, Clocks.today(clock)));
        AggregateLifecycle.apply(new ExpertDeactivated(expertId, personId, Inputs.optionalText(command.reason()),
                                                       effective));
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
