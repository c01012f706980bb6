package vn.lienhiep.contest.entry.domain;

import java.util.Optional;

/**
 * What the contest knows of member organisations: only their status, learned from membership's public events
 * (admitted, status changed), never asked synchronously.
 */
public interface MemberOrganisations {

    /** The organisation's membership status code (ACTIVE, SUSPENDED, EXPELLED, …), empty when unknown. */
    Optional<String> statusOf(String organisationId);
}
