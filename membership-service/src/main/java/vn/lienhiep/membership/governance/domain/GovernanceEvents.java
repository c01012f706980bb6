package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.serialization.Revision;

import vn.lienhiep.kernel.DecisionRef;

/**
 * What happened to a union's governance. Dates are the legal dates (decision, session, closing), which may be years
 * before the event was recorded.
 */
public sealed interface GovernanceEvents {

    String unionId();

    @Revision("1")
    record TermPlanned(String unionId, int ordinal, String displayLabel, int startYear, int endYear)
            implements GovernanceEvents {
    }

    @Revision("1")
    record CongressPlanned(String unionId, int ordinal, String displayLabel, CongressKind kind, String plannedQuarter,
                           int opensTermOrdinal) implements GovernanceEvents {
    }

    /** A step of the congress state machine, taken on {@code effectiveDate}. */
    sealed interface CongressStepTaken extends GovernanceEvents {
        int congressOrdinal();

        CongressStatus status();

        LocalDate effectiveDate();
    }

    @Revision("1")
    record OrganisingCommitteeFormed(String unionId, int congressOrdinal, DecisionRef decision)
            implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.PREPARING;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record CongressDocumentsApproved(String unionId, int congressOrdinal, Set<CongressDocument> documents,
                                     DecisionRef decision) implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.AWAITING_PARTY_APPROVAL;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record PartyApprovalRecorded(String unionId, int congressOrdinal, DecisionRef decision)
            implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.PARTY_APPROVED;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record CongressConvened(String unionId, int congressOrdinal, LocalDate effectiveDate, int delegatesConvened)
            implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.CONVENED;
        }
    }

    @Revision("1")
    record QuorumChecked(String unionId, int congressOrdinal, LocalDate effectiveDate, int delegatesPresent,
                         int delegatesConvened, boolean quorate) implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return quorate ? CongressStatus.IN_SESSION : CongressStatus.ADJOURNED;
        }
    }

    /** @param termOrdinal the term the elected bodies serve (the one the congress opens) */
    @Revision("1")
    record ElectionRecorded(String unionId, int congressOrdinal, int termOrdinal, GoverningBodyType body,
                            List<Seat> seats, DecisionRef decision) implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.ELECTED;
        }

        @Override
        public LocalDate effectiveDate() {
            return decision.date();
        }
    }

    @Revision("1")
    record CongressClosed(String unionId, int congressOrdinal, int termOrdinal, LocalDate closedOn,
                          int delegatesPresent, int delegatesConvened) implements CongressStepTaken {
        @Override
        public CongressStatus status() {
            return CongressStatus.CLOSED;
        }

        @Override
        public LocalDate effectiveDate() {
            return closedOn;
        }
    }

    @Revision("1")
    record TermStarted(String unionId, int ordinal, LocalDate startedOn, int congressOrdinal)
            implements GovernanceEvents {
    }

    @Revision("1")
    record TermClosed(String unionId, int ordinal, LocalDate closedOn, int congressOrdinal)
            implements GovernanceEvents {
    }

    /**
     * A person holds a position in a body from {@code from}. A re-elected holder keeps the same {@code holdingId} and
     * original {@code from} (service is continuous, which the commemorative-medal rule counts); {@code termOrdinal}
     * and {@code mode} are then the new term's.
     *
     * @param congressOrdinal the congress that elected, null for an appointment between congresses
     */
    @Revision("1")
    record OfficeHoldingStarted(String unionId, String holdingId, int termOrdinal, String personId, String fullName,
                                GoverningBodyType body, Position position, ServiceMode mode, LocalDate from,
                                HoldingBasis basis, Integer congressOrdinal, DecisionRef decision)
            implements GovernanceEvents {
    }

    /** @param decision null when a term's end closed the holding */
    @Revision("1")
    record OfficeHoldingEnded(String unionId, String holdingId, String personId, String fullName,
                              GoverningBodyType body, Position position, LocalDate until, String reason,
                              DecisionRef decision) implements GovernanceEvents {
    }
}
