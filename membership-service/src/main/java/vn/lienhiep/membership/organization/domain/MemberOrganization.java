package vn.lienhiep.membership.organization.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.OrganizationCommands.*;
import vn.lienhiep.membership.organization.domain.OrganizationEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.Policy;
import vn.lienhiep.kernel.text.VietnameseText;

import static vn.lienhiep.membership.common.domain.DatePolicies.*;
import static vn.lienhiep.membership.organization.domain.OrganizationPolicies.*;

/**
 * A member organisation of the union (tổ chức thành viên): its admission and lifecycle. Command handlers check the
 * rules and apply events; only event-sourcing handlers change state.
 */
@AggregateRoot
public class MemberOrganization {

    @AggregateIdentifier
    private String organizationId;
    private String name;
    private OrganizationStatus status;
    private LocalDate statusEffectiveDate;
    private Set<DossierDocument> dossier = EnumSet.noneOf(DossierDocument.class);

    protected MemberOrganization() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(Apply command, OrganizationNameRegistry names, Clock clock) {
        Profile profile = cleaned(command.profile());
        LocalDate appliedOn = command.appliedOn() != null ? command.appliedOn() : Clocks.today(clock);
        Policy.enforce(appliedOn, notInFuture(Clocks.today(clock), "nộp hồ sơ / application"));
        names.claim(profile.name(), command.organizationId());
        AggregateLifecycle.apply(applied(command.organizationId(), profile, appliedOn,
                                         command.dossier() == null ? Set.of() : command.dossier(), false));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RecordExistingMember command, OrganizationNameRegistry names, MembershipRules rules,
                          Clock clock) {
        Profile profile = cleaned(command.profile());
        DecisionRef admission = command.admission();
        Policy.enforce(admission.date(), notInFuture(Clocks.today(clock), "quyết định / decision"));
        Policy.enforce(admission, decisionIssuedByAuthorisedBody(OrganizationTransition.ADMIT, rules),
                       admissionSigned(OrganizationTransition.ADMIT));
        names.claim(profile.name(), command.organizationId());
        AggregateLifecycle.apply(applied(command.organizationId(), profile, admission.date(), Set.of(), true));
        AggregateLifecycle.apply(new Admitted(command.organizationId(), profile.name(), profile.kind(),
                                              profile.field(), admission));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(RequestSupplement command, Clock clock) {
        LocalDate on = dateOrToday(command.on(), clock);
        checkStaffAct(OrganizationTransition.REQUEST_SUPPLEMENT, on, clock);
        AggregateLifecycle.apply(new SupplementRequested(organizationId, command.reason(), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Resubmit command, Clock clock) {
        LocalDate on = dateOrToday(command.on(), clock);
        checkStaffAct(OrganizationTransition.RESUBMIT, on, clock);
        AggregateLifecycle.apply(new Resubmitted(organizationId,
                command.addedDocuments() == null ? Set.of() : command.addedDocuments(), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Verify command, MembershipRules rules, Clock clock) {
        LocalDate on = dateOrToday(command.on(), clock);
        checkStaffAct(OrganizationTransition.VERIFY, on, clock);
        Policy.enforce(dossier, dossierComplete(rules));
        AggregateLifecycle.apply(new Verified(organizationId, command.note(), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Decide command, OrganizationNameRegistry names, MembershipRules rules, Clock clock) {
        OrganizationTransition transition = command.transition();
        if (!transition.isLegalAct()) {
            throw new IllegalArgumentException(transition + " is not decided by a decision");
        }
        DecisionRef decision = Objects.requireNonNull(command.decision(), "decision");
        Policy.enforce(status, transitionAllowed(transition));
        Policy.enforce(decision, decisionIssuedByAuthorisedBody(transition, rules), admissionSigned(transition));
        Policy.enforce(decision.date(), notInFuture(Clocks.today(clock), "quyết định / decision"),
                       notBefore(statusEffectiveDate));
        switch (transition) {
            case RECOMMEND -> AggregateLifecycle.apply(new AdmissionRecommended(organizationId, decision));
            case ADMIT -> AggregateLifecycle.apply(new Admitted(organizationId, name, kind, field, decision));
            case REJECT -> {
                names.release(name, organizationId); // a rejected applicant may apply again under its name
                AggregateLifecycle.apply(new Rejected(organizationId, decision, command.reason()));
            }
            default -> AggregateLifecycle.apply(new MemberStatusChanged(organizationId, transition, status,
                    transition.to(), decision, command.reason()));
        }
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Rename command, OrganizationNameRegistry names, Clock clock) {
        Policy.enforce(status, notFinal());
        String newName = requiredName(command.name());
        LocalDate effective = command.effectiveDate() != null ? command.effectiveDate()
                : command.decision() != null ? command.decision().date() : Clocks.today(clock);
        Policy.enforce(effective, notInFuture(Clocks.today(clock), "hiệu lực / effective"));
        if (!VietnameseText.canonicalName(newName).equals(VietnameseText.canonicalName(name))) {
            names.claim(newName, organizationId);
            names.release(name, organizationId);
        }
        AggregateLifecycle.apply(new Renamed(organizationId, name, newName, VietnameseText.clean(command.shortName()),
                                             effective, command.decision()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ChangeField command) {
        Policy.enforce(status, notFinal());
        AggregateLifecycle.apply(new FieldChanged(organizationId, VietnameseText.clean(command.field())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(SetFlags command) {
        Policy.enforce(status, notFinal());
        AggregateLifecycle.apply(new FlagsChanged(organizationId, command.foundingMember(), command.specialStatus(),
                                                  command.stateStaffed()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ReportMemberCounts command, Clock clock) {
        if (command.members() < 0 || command.intellectualMembers() < 0) {
            throw new IllegalArgumentException("member counts cannot be negative");
        }
        Policy.enforce(status, admittedOnce());
        Policy.enforce(command.intellectualMembers(), intellectualsWithinMembers(command.members()));
        Policy.enforce(command.asOf(), notInFuture(Clocks.today(clock), "báo cáo / report"));
        AggregateLifecycle.apply(new MemberCountsReported(organizationId, command.asOf(), command.members(),
                                                          command.intellectualMembers()));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    private OrganizationKind kind;
    private String field;

    @EventSourcingHandler
    void on(Applied event) {
        organizationId = event.organizationId();
        name = event.name();
        kind = event.kind();
        field = event.field();
        dossier = event.dossier().isEmpty() ? EnumSet.noneOf(DossierDocument.class) : EnumSet.copyOf(event.dossier());
        moveTo(event);
    }

    @EventSourcingHandler
    void on(Resubmitted event) {
        dossier.addAll(event.addedDocuments());
        moveTo(event);
    }

    @EventSourcingHandler
    void on(StatusChanged event) {
        // Applied and Resubmitted have their own handlers (Axon picks the most specific one).
        moveTo(event);
    }

    @EventSourcingHandler
    void on(Renamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(FieldChanged event) {
        field = event.field();
    }

    private void moveTo(StatusChanged event) {
        status = event.status();
        statusEffectiveDate = event.effectiveDate();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void checkStaffAct(OrganizationTransition transition, LocalDate on, Clock clock) {
        Policy.enforce(status, transitionAllowed(transition));
        Policy.enforce(on, notInFuture(Clocks.today(clock), "thực hiện / action"), notBefore(statusEffectiveDate));
    }

    private Outcome outcome() {
        return new Outcome(organizationId, status.name(), AggregateLifecycle.getVersion());
    }

    private static LocalDate dateOrToday(LocalDate date, Clock clock) {
        return date != null ? date : Clocks.today(clock);
    }

    /** Every way a name enters the aggregate (apply, record, rename) cleans it and refuses a blank one. */
    private static String requiredName(String raw) {
        String name = VietnameseText.clean(Objects.requireNonNull(raw, "name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return name;
    }

    private static Profile cleaned(Profile p) {
        String name = requiredName(p.name());
        return new Profile(name, VietnameseText.clean(p.shortName()), Objects.requireNonNull(p.kind(), "kind"),
                           VietnameseText.clean(p.field()), p.foundingMember(), p.specialStatus(), p.stateStaffed(),
                           VietnameseText.clean(p.establishmentDecision()));
    }

    private static Applied applied(String id, Profile p, LocalDate appliedOn, Set<DossierDocument> dossier,
                                   boolean fromArchive) {
        return new Applied(id, p.name(), p.shortName(), p.kind(), p.field(), p.foundingMember(), p.specialStatus(),
                           p.stateStaffed(), p.establishmentDecision(), appliedOn, Set.copyOf(dossier), fromArchive);
    }
}
