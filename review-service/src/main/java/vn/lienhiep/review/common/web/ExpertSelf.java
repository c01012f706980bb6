package vn.lienhiep.review.common.web;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * An expert acts as themselves (object level, after {@link ReviewAccess}): an EXPERT account answers its own
 * invitations, signs its own declaration and downloads its own record — the expert it is linked to in the identity
 * provider (the token's {@code expert} claim, see the README's Identity section). The union's review people act on any
 * expert's behalf, recording what the expert signed on paper. Anyone else's expert id answers 404, exactly like an id
 * that does not exist, so experts cannot probe who else is invited where.
 */
public final class ExpertSelf {

    private ExpertSelf() {
    }

    public static void require(Caller caller, String expertId) {
        if (caller.hasAny(ReviewAccess.READERS)) {
            return;
        }
        if (!(caller.has(Role.EXPERT) && caller.isExpert(expertId))) {
            throw new ResourceNotFoundException("expert", expertId);
        }
    }
}
