package vn.lienhiep.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.lienhiep.security.TokenAuthentication;
import vn.lienhiep.security.TokenIdentity;

/**
 * The caller of the current request, read from the authenticated token (never from a header a client could set), as
 * the shared {@link TokenIdentity} read it with the configured claim names ({@code lienhiep.security.*}).
 */
public final class Callers {

    private Callers() {
    }

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof TokenAuthentication token)) {
            return Caller.anonymous();
        }
        return of(token.identity());
    }

    public static Caller of(TokenIdentity identity) {
        return new Caller(identity.subject(), identity.username(), identity.displayName(), identity.roles(),
                          identity.organizationId(), identity.requesterId(), identity.personId(),
                          identity.expertId());
    }
}
