package vn.lienhiep.membership.expert.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * What happened to expert profiles. {@code displayName} is filled only when the expert consented to publishing the
 * name; otherwise null, and public events omit it.
 */
public sealed interface ExpertEvents {

    String expertId();

    String personId();

    @Revision("1")
    record ExpertRegistered(String expertId, String personId, ExpertDetails details, LocalDate registeredOn)
            implements ExpertEvents {
    }

    @Revision("1")
    record ExpertVerified(String expertId, String personId, ExpertDetails details, String displayName,
                          Instant verifiedAt, String note) implements ExpertEvents {
    }

    @Revision("1")
    record ExpertRejected(String expertId, String personId, String reason, LocalDate effectiveDate)
            implements ExpertEvents {
    }

    /**
     * @param previousStatus the status before the change
     * @param status         the status after it (a rejected profile that is changed is submitted again)
     * @param lastVerifiedAt when the profile was last verified, null if never
     */
    @Revision("1")
    record ExpertProfileChanged(String expertId, String personId, ExpertDetails details, String displayName,
                                ExpertStatus previousStatus, ExpertStatus status, Instant lastVerifiedAt)
            implements ExpertEvents {
    }

    @Revision("1")
    record ExpertDeactivated(String expertId, String personId, String reason, LocalDate effectiveDate)
            implements ExpertEvents {
    }
}
