package vn.lienhiep.platform.security;

import java.util.List;

/**
 * The answer of every context's {@code GET …/{id}/actions}: what the caller may do to the record now, in the record's
 * current state and with the caller's roles, so a console shows exactly these forms and no other (a 403 or a 422 "not
 * allowed in this state" never surprises its user). Built by {@link AvailableActions}; the same shape in every
 * service:
 *
 * <pre>{@code
 * {"actions":[{"name":"admission","method":"POST","href":"/api/membership/organizations/4f…/admission"}]}
 * }</pre>
 *
 * What the rules may still refuse for the values the user enters (a date in the future, a missing document, a
 * decision by the wrong body) is answered by the act itself, as ever.
 *
 * @param actions in the order the context lists its acts (the lifecycle's order); empty when the caller may do nothing
 */
public record ActionsView(List<Action> actions) {

    public ActionsView {
        actions = List.copyOf(actions);
    }

    /**
     * One act the caller may take.
     *
     * @param name   the endpoint's path below the record, stable and documented with the endpoint, so a client maps
     *               it to its form: {@code admission}, {@code member-counts}, {@code panel/invitations},
     *               {@code report/sending}; an act on one member of the record keeps the member's variable,
     *               {@code panel/{expertId}/acceptance}, and {@link #href} names the member
     * @param method the HTTP method to call {@link #href} with
     * @param href   the path to call, variables filled in
     */
    public record Action(String name, String method, String href) {
    }
}
