package vn.lienhiep.membership.organization.domain;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.serialization.Revision;

import vn.lienhiep.kernel.DecisionRef;

/**
 * What happened to member organisations. Status changes carry the date they take effect (the decision's date),
 * which may be years before the event was recorded; statistics "as of" a date use the effective date.
 */
public sealed interface OrganizationEvents {

    String organizationId();

    /** A change of status: the projection of the state machine. */
    sealed interface StatusChanged extends OrganizationEvents {
        OrganizationStatus status();

        LocalDate effectiveDate();

        /** Null for staff acts that are not legal decisions. */
        DecisionRef decision();
    }

    @Revision("1")
    record Applied(String organizationId, String name, String shortName, OrganizationKind kind, String field,
                   boolean foundingMember, boolean specialStatus, boolean stateStaffed, String establishmentDecision,
                   LocalDate appliedOn, Set<DossierDocument> dossier, boolean fromArchive) implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.SUBMITTED;
        }

        @Override
        public LocalDate effectiveDate() {
            return appliedOn;
        }

        @Override
        public DecisionRef decision() {
            return null;
        }
    }

    @Revision("1")
    record SupplementRequested(String organizationId, String reason, LocalDate effectiveDate) implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.INCOMPLETE;
        }

        @Override
        public DecisionRef decision() {
            return null;
        }
    }

    @Revision("1")
    record Resubmitted(String organizationId, Set<DossierDocument> addedDocuments, LocalDate effectiveDate)
            implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.SUBMITTED;
        }

        @Override
        public DecisionRef decision() {
            return null;
        }
    }

    @Revision("1")
    record Verified(String organizationId, String note, LocalDate effectiveDate) implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.UNDER_REVIEW;
        }

        @Override
        public DecisionRef decision() {
            return null;
        }
    }

    @Revision("1")
    record AdmissionRecommended(String organizationId, DecisionRef decision) implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.RECOMMENDED;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record Admitted(String organizationId, String name, OrganizationKind kind, String field, DecisionRef decision)
            implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.ACTIVE;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record Rejected(String organizationId, DecisionRef decision, String reason) implements StatusChanged {
        @Override
        public OrganizationStatus status() {
            return OrganizationStatus.REJECTED;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    /**
     * A member's status changed by one of the union's legal acts on members: suspension, reinstatement, withdrawal,
     * expulsion, dissolution. Each act is its own event (the store reads as the register of decisions); this
     * interface is what they share, e.g. for the public {@code organization-status-changed} event and the history.
     * Stores written before these events existed hold {@code MemberStatusChanged}, which
     * {@code organization.infrastructure.MemberStatusChangedUpcaster} turns into the event of its act.
     */
    sealed interface MemberStatusDecided extends StatusChanged {
        OrganizationTransition transition();

        OrganizationStatus previousStatus();

        String reason();

        @Override
        default OrganizationStatus status() {
            return transition().to();
        }

        @Override
        default LocalDate effectiveDate() {
            return decision().date();
        }
    }

    /** Tạm đình chỉ: an active member loses its rights, not its membership, until reinstated. */
    @Revision("1")
    record OrganizationSuspended(String organizationId, DecisionRef decision, String reason)
            implements MemberStatusDecided {
        @Override
        public OrganizationTransition transition() {
            return OrganizationTransition.SUSPEND;
        }

        @Override
        public OrganizationStatus previousStatus() {
            return OrganizationStatus.ACTIVE;
        }
    }

    /** Khôi phục: a suspended member has its rights back. */
    @Revision("1")
    record OrganizationReinstated(String organizationId, DecisionRef decision, String reason)
            implements MemberStatusDecided {
        @Override
        public OrganizationTransition transition() {
            return OrganizationTransition.REINSTATE;
        }

        @Override
        public OrganizationStatus previousStatus() {
            return OrganizationStatus.SUSPENDED;
        }
    }

    /** Rút khỏi Liên hiệp: an active member leaves at its own request. */
    @Revision("1")
    record OrganizationWithdrawn(String organizationId, DecisionRef decision, String reason)
            implements MemberStatusDecided {
        @Override
        public OrganizationTransition transition() {
            return OrganizationTransition.WITHDRAW;
        }

        @Override
        public OrganizationStatus previousStatus() {
            return OrganizationStatus.ACTIVE;
        }
    }

    /** Khai trừ, from active or suspended (the status it was expelled from is part of the record). */
    @Revision("1")
    record OrganizationExpelled(String organizationId, OrganizationStatus previousStatus, DecisionRef decision,
                                String reason) implements MemberStatusDecided {
        @Override
        public OrganizationTransition transition() {
            return OrganizationTransition.EXPEL;
        }
    }

    /** Giải thể, decided by the licensing authority or the organisation itself, from active or suspended. */
    @Revision("1")
    record OrganizationDissolved(String organizationId, OrganizationStatus previousStatus, DecisionRef decision,
                                 String reason) implements MemberStatusDecided {
        @Override
        public OrganizationTransition transition() {
            return OrganizationTransition.DISSOLVE;
        }
    }

    @Revision("1")
    record Renamed(String organizationId, String previousName, String name, String shortName, LocalDate effectiveDate,
                   DecisionRef decision) implements OrganizationEvents {
    }

    @Revision("1")
    record FieldChanged(String organizationId, String field) implements OrganizationEvents {
    }

    @Revision("1")
    record FlagsChanged(String organizationId, boolean foundingMember, boolean specialStatus, boolean stateStaffed)
            implements OrganizationEvents {
    }

    @Revision("1")
    record MemberCountsReported(String organizationId, LocalDate asOf, int members, int intellectualMembers)
            implements OrganizationEvents {
    }
}
