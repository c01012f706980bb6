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

    /**
     * A legal act of the union on an organisation: each is its own command, answered by its own event, and carries
     * the decision (Quyết định) that took it; the decision's date is the act's effective date.
     */
    sealed interface LegalActCommand extends OrganizationCommands {
        String organizationId();

        DecisionRef decision();

        Long expectedVersion();
    }

    /** Ban Thường vụ đề nghị kết nạp. */
    record Recommend(@TargetAggregateIdentifier String organizationId, DecisionRef decision,
                     @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Kết nạp: a signed decision of the admission authority (MembershipRules#admissionAuthority). */
    record Admit(@TargetAggregateIdentifier String organizationId, DecisionRef decision,
                 @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Không kết nạp; frees the name for a new application. */
    record Reject(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                  @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Tạm đình chỉ. */
    record Suspend(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                   @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Khôi phục. */
    record Reinstate(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                     @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Rút khỏi Liên hiệp. */
    record Withdraw(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                    @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Khai trừ. */
    record Expel(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                 @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
    }

    /** Giải thể. */
    record Dissolve(@TargetAggregateIdentifier String organizationId, DecisionRef decision, String reason,
                    @TargetAggregateVersion Long expectedVersion) implements LegalActCommand {
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
