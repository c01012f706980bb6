package vn.lienhiep.membership.organization.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Inputs;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.membership.common.domain.MembershipRules;
import vn.lienhiep.membership.organization.domain.OrganizationCommands.*;
import vn.lienhiep.membership.organization.domain.OrganizationEvents.*;
import vn.lienhiep.membership.organization.domain.OrganizationPolicies.CountReport;
import vn.lienhiep.membership.organization.domain.OrganizationPolicies.DatedChange;
import vn.lienhiep.membership.organization.domain.OrganizationPolicies.LegalAct;
import vn.lienhiep.membership.organization.domain.OrganizationPolicies.NameClaim;
import vn.lienhiep.membership.organization.domain.OrganizationPolicies.StaffAct;

import static vn.lienhiep.membership.organization.domain.OrganizationPolicies.*;

/**
 * A member organisation of the union (tổ chức thành viên): its admission and lifecycle. Each act is one command
 * handler that enforces the act's named policy ({@link OrganizationPolicies}) and then applies the act's own event;
 * only event-sourcing handlers change state.
 */
@AggregateRoot
public class MemberOrganization {

    @AggregateIdentifier
    private String organizationId;
    private String name;
    private OrganizationKind kind;
    private String field;
    private OrganizationStatus status;
    private LocalDate statusEffectiveDate;
    private Set<DossierDocument> dossier = EnumSet.noneOf(DossierDocument.class);

    protected MemberOrganization() {
        // for Axon
    }

    // --- entering the register -----------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(Apply command, OrganizationNameRegistry names, Clock clock) {
        Profile profile = cleaned(command.profile());
        LocalDate appliedOn = Clocks.orToday(command.appliedOn(), clock);
        APPLICATION.enforce(new DatedChange(null, appliedOn, Clocks.today(clock)));
        claim(names, profile.name(), command.organizationId());
        AggregateLifecycle.apply(applied(command.organizationId(), profile, appliedOn,
                                         command.dossier() == null ? Set.of() : command.dossier(), false));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Outcome handle(RecordExistingMember command, OrganizationNameRegistry names, MembershipRules rules,
                          Clock clock) {
        Profile profile = cleaned(command.profile());
        DecisionRef admission = Inputs.required(command.admission(), "admission");
        RECORDING_EXISTING_MEMBER.enforce(new LegalAct(OrganizationTransition.ADMIT, null, null, admission,
                                                       Clocks.today(clock), rules));
        claim(names, profile.name(), command.organizationId());
        AggregateLifecycle.apply(applied(command.organizationId(), profile, admission.date(), Set.of(), true));
        AggregateLifecycle.apply(new Admitted(command.organizationId(), profile.name(), profile.kind(),
                                              profile.field(), admission));
        return outcome();
    }

    // --- the dossier (staff acts) --------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(RequestSupplement command, Clock clock) {
        LocalDate on = Clocks.orToday(command.on(), clock);
        STAFF_ACT.enforce(staffAct(OrganizationTransition.REQUEST_SUPPLEMENT, on, clock, null));
        AggregateLifecycle.apply(new SupplementRequested(organizationId, Inputs.optionalText(command.reason()), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Resubmit command, Clock clock) {
        LocalDate on = Clocks.orToday(command.on(), clock);
        STAFF_ACT.enforce(staffAct(OrganizationTransition.RESUBMIT, on, clock, null));
        AggregateLifecycle.apply(new Resubmitted(organizationId,
                command.addedDocuments() == null ? Set.of() : command.addedDocuments(), on));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Verify command, MembershipRules rules, Clock clock) {
        LocalDate on = Clocks.orToday(command.on(), clock);
        VERIFICATION.enforce(staffAct(OrganizationTransition.VERIFY, on, clock, rules));
        AggregateLifecycle.apply(new Verified(organizationId, Inputs.optionalText(command.note()), on));
        return outcome();
    }

    // --- legal acts: one command, one event each -----------------------------------------------------------------

    @CommandHandler
    public Outcome handle(Recommend command, MembershipRules rules, Clock clock) {
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.RECOMMEND, command, rules, clock));
        AggregateLifecycle.apply(new AdmissionRecommended(organizationId, command.decision()));
        return outcome();
    }

    /** Admitted under the name and field it has at the time of the decision. */
    @CommandHandler
    public Outcome handle(Admit command, MembershipRules rules, Clock clock) {
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.ADMIT, command, rules, clock));
        AggregateLifecycle.apply(new Admitted(organizationId, name, kind, field, command.decision()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Reject command, OrganizationNameRegistry names, MembershipRules rules, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.REJECT, command, rules, clock));
        names.release(name, organizationId); // a rejected applicant may apply again under its name
        AggregateLifecycle.apply(new Rejected(organizationId, command.decision(), reason));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Suspend command, MembershipRules rules, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.SUSPEND, command, rules, clock));
        AggregateLifecycle.apply(new OrganizationSuspended(organizationId, command.decision(), reason));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Reinstate command, MembershipRules rules, Clock clock) {
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.REINSTATE, command, rules, clock));
        AggregateLifecycle.apply(new OrganizationReinstated(organizationId, command.decision(),
                                                            Inputs.optionalText(command.reason())));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Withdraw command, MembershipRules rules, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.WITHDRAW, command, rules, clock));
        AggregateLifecycle.apply(new OrganizationWithdrawn(organizationId, command.decision(), reason));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Expel command, MembershipRules rules, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.EXPEL, command, rules, clock));
        AggregateLifecycle.apply(new OrganizationExpelled(organizationId, status, command.decision(), reason));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(Dissolve command, MembershipRules rules, Clock clock) {
        String reason = Inputs.text(command.reason(), "reason");
        LEGAL_ACT.enforce(legalAct(OrganizationTransition.DISSOLVE, command, rules, clock));
        AggregateLifecycle.apply(new OrganizationDissolved(organizationId, status, command.decision(), reason));
        return outcome();
    }

    // --- the profile ---------------------------------------------------------------------------------------------

    @CommandHandler
    public Outcome handle(Rename command, OrganizationNameRegistry names, Clock clock) {
        String newName = Inputs.text(command.name(), "name");
        LocalDate effective = command.effectiveDate() != null ? command.effectiveDate()
                : command.decision() != null ? command.decision().date() : Clocks.today(clock);
        RENAMING.enforce(new DatedChange(status, effective, Clocks.today(clock)));
        if (!VietnameseText.canonicalName(newName).equals(VietnameseText.canonicalName(name))) {
            claim(names, newName, organizationId);
            names.release(name, organizationId);
        }
        AggregateLifecycle.apply(new Renamed(organizationId, name, newName, Inputs.optionalText(command.shortName()),
                                             effective, command.decision()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ChangeField command) {
        PROFILE_CHANGE.enforce(status);
        AggregateLifecycle.apply(new FieldChanged(organizationId, Inputs.text(command.field(), "field")));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(SetFlags command) {
        PROFILE_CHANGE.enforce(status);
        AggregateLifecycle.apply(new FlagsChanged(organizationId, command.foundingMember(), command.specialStatus(),
                                                  command.stateStaffed()));
        return outcome();
    }

    @CommandHandler
    public Outcome handle(ReportMemberCounts command, Clock clock) {
        Inputs.notNegative(command.members(), "members");
        Inputs.notNegative(command.intellectualMembers(), "intellectualMembers");
        Inputs.required(command.asOf(), "asOf");
        REPORTING_COUNTS.enforce(new CountReport(status, command.asOf(), command.members(),
                                                 command.intellectualMembers(), Clocks.today(clock)));
        AggregateLifecycle.apply(new MemberCountsReported(organizationId, command.asOf(), command.members(),
                                                          command.intellectualMembers()));
        return outcome();
    }

    // --- state ---------------------------------------------------------------------------------------------------

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

    private LegalAct legalAct(OrganizationTransition transition, LegalActCommand command, MembershipRules rules,
                              Clock clock) {
        return new LegalAct(transition, status, statusEffectiveDate, Inputs.required(command.decision(), "decision"),
                            Clocks.today(clock), rules);
    }

    private StaffAct staffAct(OrganizationTransition transition, LocalDate on, Clock clock, MembershipRules rules) {
        return new StaffAct(transition, status, statusEffectiveDate, on, Clocks.today(clock), dossier, rules);
    }

    /** Reserves the name, or refuses the act before anything is applied when another organisation holds it. */
    private static void claim(OrganizationNameRegistry names, String name, String organizationId) {
        NAME_UNIQUE.enforce(new NameClaim(name, names.claim(name, organizationId)));
    }

    private Outcome outcome() {
        return new Outcome(organizationId, status.name(), AggregateLifecycle.getVersion());
    }

    /** Every way a profile enters the aggregate (apply, record) cleans its text and refuses a blank name. */
    private static Profile cleaned(Profile p) {
        Profile profile = Inputs.required(p, "profile");
        return new Profile(Inputs.text(profile.name(), "name"), Inputs.optionalText(profile.shortName()),
                           Inputs.required(profile.kind(), "kind"), Inputs.optionalText(profile.field()),
                           profile.foundingMember(), profile.specialStatus(), profile.stateStaffed(),
                           Inputs.optionalText(profile.establishmentDecision()));
    }

    private static Applied applied(String id, Profile p, LocalDate appliedOn, Set<DossierDocument> dossier,
                                   boolean fromArchive) {
        return new Applied(id, p.name(), p.shortName(), p.kind(), p.field(), p.foundingMember(), p.specialStatus(),
                           p.stateStaffed(), p.establishmentDecision(), appliedOn, Set.copyOf(dossier), fromArchive);
    }
}
