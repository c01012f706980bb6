package vn.lienhiep.membership.expert.web;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.Policy;
import vn.lienhiep.membership.expert.domain.ExpertPolicies;
import vn.lienhiep.membership.expert.domain.ExpertProfile;
import vn.lienhiep.membership.expert.domain.ExpertStatus;
import vn.lienhiep.platform.security.ActionsView;
import vn.lienhiep.platform.security.AvailableActions;
import vn.lienhiep.platform.security.Caller;

/**
 * What a caller may do to one expert profile now ({@code GET /api/membership/experts/{id}/actions}): each act whose
 * status part of its named policy ({@link ExpertPolicies#VERIFYING_IN_STATUS}, {@code REJECTING_IN_STATUS},
 * {@code UPDATING_IN_STATUS}, {@code DEACTIVATING_IN_STATUS} — the very rules {@link ExpertProfile} enforces) the
 * profile's status passes, kept where membership's access table lets the caller call it ({@link AvailableActions}).
 * What the rest of each policy looks at (consent and employer for verification, the date of a deactivation, the
 * details of an update) is answered by the act. Each action's name is its endpoint below the expert
 * (docs/domain/membership.md#available-actions).
 */
@Component
public class ExpertActions {

    private final AvailableActions actions;

    public ExpertActions(AvailableActions actions) {
        this.actions = actions;
    }

    ActionsView of(Caller caller, String expertId, ExpertStatus status) {
        return actions.on(caller, ExpertController.PATH + "/" + expertId)
                      .post("verification", allows(ExpertPolicies.VERIFYING_IN_STATUS, status))
                      .post("rejection", allows(ExpertPolicies.REJECTING_IN_STATUS, status))
                      .post("profile", allows(ExpertPolicies.UPDATING_IN_STATUS, status))
                      .post("deactivation", allows(ExpertPolicies.DEACTIVATING_IN_STATUS, status))
                      .view();
    }

    private static boolean allows(Policy<ExpertStatus> policy, ExpertStatus status) {
        return policy.check(status).isEmpty();
    }
}
