package vn.lienhiep.membership.expert.domain;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Everything that can be asked of an expert profile. {@code expectedVersion} (nullable) is the version the caller
 * last saw; a newer aggregate answers 409.
 */
public sealed interface ExpertCommands {

    /** {@code expertId} must be {@link ExpertProfile#idFor(String)} of the person: one profile per person. */
    record RegisterExpert(@TargetAggregateIdentifier String expertId, String personId, ExpertDetails details)
            implements ExpertCommands {
    }

    record VerifyExpert(@TargetAggregateIdentifier String expertId, String note,
                        @TargetAggregateVersion Long expectedVersion) implements ExpertCommands {
    }

    record RejectExpert(@TargetAggregateIdentifier String expertId, String reason,
                        @TargetAggregateVersion Long expectedVersion) implements ExpertCommands {
    }

    record UpdateExpertProfile(@TargetAggregateIdentifier String expertId, ExpertDetails details,
                               @TargetAggregateVersion Long expectedVersion) implements ExpertCommands {
    }

    record DeactivateExpert(@TargetAggregateIdentifier String expertId, String reason, LocalDate effectiveDate,
                            @TargetAggregateVersion Long expectedVersion) implements ExpertCommands {
    }
}
