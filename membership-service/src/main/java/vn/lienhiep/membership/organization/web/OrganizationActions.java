package vn.lienhiep.membership.organization.web;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.organization.domain.OrganizationPolicies;
import vn.lienhiep.membership.organization.domain.OrganizationStatus;
import vn.lienhiep.membership.organization.domain.OrganizationTransition;
import vn.lienhiep.membership.person.domain.OrganizationDirectory;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.AvailableActions;
import vn.lienhiep.platform.security.Caller;

/**
 * What a caller may do to one organisation now ({@code GET /api/membership/organizations/{id}/actions}): the acts the
 * domain allows in the organisation's status — the lifecycle table ({@link OrganizationTransition#allowedFrom}) and
 * the status part of each other change's rules ({@link OrganizationPolicies}) — kept where membership's access table
 * lets the caller call them ({@link AvailableActions}). Each action's name is its endpoint below the organisation
 * (docs/domain/membership.md#available-actions).
 */
@Component
public class OrganizationActions {

    private final AvailableActions actions;
    private final OrganizationDirectory directory;

    public OrganizationActions(AvailableActions actions, OrganizationDirectory directory) {
        this.actions = actions;
        this.directory = directory;
    }

    /**
     * The endpoint of each transition, below {@code /organizations/{id}}: the one place the lifecycle meets the API.
     * Exhaustive, so a new transition does not compile without its endpoint; the API test holds each to a served one.
     */
    public static String endpoint(OrganizationTransition transition) {
        return switch (transition) {
            case REQUEST_SUPPLEMENT -> "supplement-requests";
            case RESUBMIT -> "resubmissions";
            case VERIFY -> "verification";
            case RECOMMEND -> "recommendation";
            case ADMIT -> "admission";
            case REJECT -> "rejection";
            case SUSPEND -> "suspension";
            case REINSTATE -> "reinstatement";
            case WITHDRAW -> "withdrawal";
            case EXPEL -> "expulsion";
            case DISSOLVE -> "dissolution";
        };
    }

    ActionsView of(Caller caller, String organizationId, OrganizationStatus status) {
        AvailableActions.Offer offer = actions.on(caller, OrganizationController.PATH + "/" + organizationId);
        for (OrganizationTransition transition : OrganizationTransition.values()) {
            offer.post(endpoint(transition), transition.allowedFrom(status));
        }
        boolean changing = OrganizationPolicies.PROFILE_CHANGE.check(status).isEmpty();
        return offer.post("name", OrganizationPolicies.RENAMING_IN_STATUS.check(status).isEmpty())
                    .post("field", changing)
                    .post("flags", changing)
                    .post("member-counts", OrganizationPolicies.REPORTING_COUNTS_IN_STATUS.check(status).isEmpty())
                    // a membership names an organisation the union knows (person.domain's ORGANIZATION_KNOWN)
                    .post("members", directory.exists(organizationId))
                    .view();
    }
}
