package vn.lienhiep.review.engagement.web;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.review.engagement.projection.EngagementView;
import vn.lienhiep.review.engagement.projection.EngagementView.Audience;

/**
 * Object-level access to engagements (docs/domain/review.md#rev-8, confidentiality): who a caller is, as far as
 * seeing engagements goes. What each of them sees is cut in one place, {@link EngagementView#cutFor}. Function-level
 * access is {@link vn.lienhiep.review.common.web.ReviewAccess}.
 * <ul>
 *   <li>the review department and the leadership see everything, panel opinions and report drafts included;</li>
 *   <li>the union office (administrator, staff) sees every engagement but not opinions or drafts;</li>
 *   <li>a requesting body sees only its own requests, and of them the request, the status, the due dates, the sent
 *       report and the response: never the panel's opinions, drafts, costs or the panel itself;</li>
 *   <li>an expert sees no engagement, and asks only what they may do on their own seat of a panel
 *       ({@link #holdsSeat});</li>
 *   <li>anyone else sees an engagement only through the published outcomes.</li>
 * </ul>
 * An engagement a caller may not see answers 404, not 403, so ids cannot be probed (ADR 0007).
 */
public final class ReviewScope {

    /** Panel deliberations: who may read opinions and drafts. */
    public static final Set<Role> INSIDERS = EnumSet.of(Role.REVIEW_COORDINATOR, Role.UNION_LEADERSHIP);
    public static final Set<Role> UNION_OFFICE = EnumSet.of(Role.UNION_ADMIN, Role.UNION_STAFF);

    private ReviewScope() {
    }

    static boolean isInsider(Caller caller) {
        return caller.roles().stream().anyMatch(INSIDERS::contains);
    }

    static boolean isOffice(Caller caller) {
        return isInsider(caller) || caller.roles().stream().anyMatch(UNION_OFFICE::contains);
    }

    /** A requesting body's account (and nothing of the union's): sees and acts on its own requests only. */
    static boolean isRequesterOnly(Caller caller) {
        return !isOffice(caller) && caller.has(Role.REQUESTER);
    }

    /** null: no restriction; otherwise only this requester's engagements. A requester without scope sees none. */
    static String requesterFilter(Caller caller) {
        if (!isRequesterOnly(caller)) {
            return null;
        }
        return caller.requesterId() == null ? "\u0000no-scope" : caller.requesterId();
    }

    static boolean canSee(Caller caller, EngagementView view) {
        if (isOffice(caller)) {
            return true;
        }
        return isRequesterOnly(caller) && caller.requesterId() != null && caller.requesterId().equals(view.requesterId());
    }

    /**
     * An EXPERT account whose expert holds a seat on the engagement's panel (invited, accepted or confirmed; a declined
     * or removed expert holds none): it may ask what it may do on its own seat, and nothing else of the engagement.
     */
    static boolean holdsSeat(Caller caller, EngagementView view) {
        if (!caller.has(Role.EXPERT) || caller.expertId() == null || view.panel() == null) {
            return false;
        }
        EngagementView.PanelMemberEntry seat = view.panel().get(caller.expertId());
        return seat != null && EngagementActions.SEATED.contains(seat.invitation());
    }

    /** Which cut of an engagement this caller reads (only callers who {@link #canSee} it get one). */
    static Audience audience(Caller caller) {
        if (isInsider(caller)) {
            return Audience.INSIDERS;
        }
        return isOffice(caller) ? Audience.OFFICE : Audience.REQUESTER;
    }

    /** A request sent by a requesting body is always its own: the requester in the body is its account's scope. */
    static EngagementRequests.Request asRequester(Caller caller, EngagementRequests.Request request) {
        if (!isRequesterOnly(caller)) {
            return request;
        }
        if (caller.requesterId() == null) {
            throw new ResourceNotFoundException("requester", caller.username());
        }
        return request.withRequesterId(caller.requesterId());
    }

    /** A requester acts only on its own requests; the union office on any. */
    static void requireOwnRequest(Caller caller, String id, EngagementView view) {
        if (isRequesterOnly(caller) && (view == null || !canSee(caller, view))) {
            throw new ResourceNotFoundException("engagement", id);
        }
    }
}
