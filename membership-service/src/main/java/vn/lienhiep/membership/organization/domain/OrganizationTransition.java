package vn.lienhiep.membership.organization.domain;

import java.util.EnumSet;
import java.util.Set;

import static vn.lienhiep.membership.organization.domain.OrganizationStatus.*;

/**
 * The admission and lifecycle state machine as data (docs/domain/membership.md#organisation-lifecycle): from which states each transition may start,
 * where it ends, and whether it is a legal act that needs a decision reference.
 */
public enum OrganizationTransition {
    REQUEST_SUPPLEMENT(EnumSet.of(SUBMITTED), INCOMPLETE, false),
    RESUBMIT(EnumSet.of(INCOMPLETE), SUBMITTED, false),
    VERIFY(EnumSet.of(SUBMITTED), UNDER_REVIEW, false),
    RECOMMEND(EnumSet.of(UNDER_REVIEW), RECOMMENDED, true),
    ADMIT(EnumSet.of(RECOMMENDED), ACTIVE, true),
    REJECT(EnumSet.of(UNDER_REVIEW, RECOMMENDED), REJECTED, true),
    SUSPEND(EnumSet.of(ACTIVE), SUSPENDED, true),
    REINSTATE(EnumSet.of(SUSPENDED), ACTIVE, true),
    WITHDRAW(EnumSet.of(ACTIVE), WITHDRAWN, true),
    EXPEL(EnumSet.of(ACTIVE, SUSPENDED), EXPELLED, true),
    DISSOLVE(EnumSet.of(ACTIVE, SUSPENDED), DISSOLVED, true);

    private final Set<OrganizationStatus> from;
    private final OrganizationStatus to;
    private final boolean legalAct;

    OrganizationTransition(Set<OrganizationStatus> from, OrganizationStatus to, boolean legalAct) {
        this.from = from;
        this.to = to;
        this.legalAct = legalAct;
    }

    public boolean allowedFrom(OrganizationStatus status) {
        return from.contains(status);
    }

    public Set<OrganizationStatus> from() {
        return from;
    }

    public OrganizationStatus to() {
        return to;
    }

    public boolean isLegalAct() {
        return legalAct;
    }
}
