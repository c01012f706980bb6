package vn.lienhiep.membership.organization.domain;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.kernel.DecisionRef;

/**
 * Everything that can be asked of a member organisation. {@code expectedVersion} (nullable) is the version the caller
 * last saw; a newer aggregate answers 409.
 */
public sealed interface OrganizationCommands {

    /** The profile an applicant gives. */
    record Profile(String name, String shortName, OrganizationKind kind, String field, boolean foundingMember,
                   boolean specialStatus, boolean stateStaffed, String establishmentDecision) {
    }

    /** Đơn xin gia nhập: a new application, status SUBMITTED. */
    record Apply(@TargetAggregateIdentifier String organizationId, Profile profile, LocalDate appliedOn,
                 Set<DossierDocument> dossier) implements OrganizationCommands {
    }

    /**
     * Records an organisation that was admitted before the system existed, from its paper decision: it is a member
     * from the decision's date, whatever day it is entered.
     */
    record RecordExistingMember(@TargetAggregateIdentifier String organizationId, Profile profile,
                                DecisionRef admission) implements OrganizationCommands {
    }

    record RequestSupplement(@TargetAggregateIdentifier String organizationId, String reason, LocalDate on,
                             @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    record Resubmit(@TargetAggregateIdentifier String organizationId, Set<DossierDocument> addedDocuments,
                    LocalDate on, @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    record Verify(@TargetAggregateIdentifier String organizationId, String note, LocalDate on,
                  @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    /** A legal act: recommend, admit, reject, suspend, reinstate, withdraw, expel, dissolve. */
    record Decide(@TargetAggregateIdentifier String organizationId, OrganizationTransition transition,
                  DecisionRef decision, String reason,
                  @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    record Rename(@TargetAggregateIdentifier String organizationId, String name, String shortName,
                  LocalDate effectiveDate, DecisionRef decision,
                  @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    record ChangeField(@TargetAggregateIdentifier String organizationId, String field,
                       @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    record SetFlags(@TargetAggregateIdentifier String organizationId, boolean foundingMember, boolean specialStatus,
                    boolean stateStaffed, @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }

    /** Số hội viên: a dated report of members and of members with a college degree or higher. */
    record ReportMemberCounts(@TargetAggregateIdentifier String organizationId, LocalDate asOf, int members,
                              int intellectualMembers,
                              @TargetAggregateVersion Long expectedVersion) implements OrganizationCommands {
    }
}
