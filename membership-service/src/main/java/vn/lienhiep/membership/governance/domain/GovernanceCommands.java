package vn.lienhiep.membership.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import vn.lienhiep.kernel.DecisionRef;

/**
 * Everything that can be asked of a union's governance. All address the one {@link UnionGovernance} aggregate of the
 * union ({@code "union-" + province code}); {@code expectedVersion} (nullable) answers 409 when it moved on.
 */
public sealed interface GovernanceCommands {

    String unionId();

    /** Plans a term (nhiệm kỳ); it becomes ACTIVE when the congress that opens it closes. */
    record PlanTerm(@TargetAggregateIdentifier String unionId, int ordinal, String displayLabel, int startYear,
                    int endYear, @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** @param plannedQuarter a label as the plan says it, e.g. "Quý IV/2015" */
    record PlanCongress(@TargetAggregateIdentifier String unionId, int ordinal, String displayLabel, CongressKind kind,
                        String plannedQuarter, int opensTermOrdinal,
                        @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** Thành lập Ban Tổ chức Đại hội (BTV decision). */
    record FormOrganisingCommittee(@TargetAggregateIdentifier String unionId, int congressOrdinal,
                                   DecisionRef decision,
                                   @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** Thông qua văn kiện đại hội (BCH decision). */
    record ApproveDocuments(@TargetAggregateIdentifier String unionId, int congressOrdinal,
                            Set<CongressDocument> documents, DecisionRef decision,
                            @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** The provincial party standing committee's notice (Thông báo của BTV Tỉnh ủy), an external act. */
    record RecordPartyApproval(@TargetAggregateIdentifier String unionId, int congressOrdinal, DecisionRef decision,
                               @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    record Convene(@TargetAggregateIdentifier String unionId, int congressOrdinal, LocalDate on,
                   int delegatesConvened,
                   @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** @param on the day of the count; null means the day the congress was convened */
    record CheckQuorum(@TargetAggregateIdentifier String unionId, int congressOrdinal, LocalDate on,
                       int delegatesPresent,
                       @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** The congress elects the BCH; the BCH (or the congress) elects the BTV and the standing officers. */
    record RecordElection(@TargetAggregateIdentifier String unionId, int congressOrdinal, GoverningBodyType body,
                          List<Seat> seats, DecisionRef decision,
                          @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    record CloseCongress(@TargetAggregateIdentifier String unionId, int congressOrdinal, LocalDate closedOn,
                         @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** Bầu bổ sung / kiện toàn between congresses (BCH decision). */
    record AppointOfficeHolder(@TargetAggregateIdentifier String unionId, GoverningBodyType body, Seat seat,
                               DecisionRef decision,
                               @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }

    /** Resignation, retirement, death, dismissal: the holding ends on {@code until}. */
    record EndOfficeHolding(@TargetAggregateIdentifier String unionId, String holdingId, LocalDate until,
                            String reason, DecisionRef decision,
                            @TargetAggregateVersion Long expectedVersion) implements GovernanceCommands {
    }
}
