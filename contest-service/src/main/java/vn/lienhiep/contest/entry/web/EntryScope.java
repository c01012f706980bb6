package vn.lienhiep.contest.entry.web;

import java.util.EnumSet;
import java.util.Set;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.contest.entry.projection.EntryView;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * What a caller sees of the entries and as whom a judge acts (object level, after the contest's access table). The
 * office (the union, the committee, the secretariat, the jury chair) sees every entry. A judge sees only the entries
 * of their own sub-panel's field — anyone else's answers 404, exactly like an id that does not exist — and, when the
 * edition judges blind, without who the authors are; and with their own score sheets only, so no judge scores in
 * the light of a colleague's. An entrant sees only the entries it is an author of, without the judging. A judge
 * scores, re-scores and steps aside as the person their
 * token names (the {@code person} claim), never on another judge's behalf.
 */
public final class EntryScope {

    /** Those who see every entry. */
    static final Set<Role> OFFICE = EnumSet.of(Role.UNION_ADMIN, Role.UNION_LEADERSHIP, Role.UNION_STAFF,
                                               Role.CONTEST_COMMITTEE, Role.CONTEST_SECRETARIAT, Role.JURY_CHAIR);

    private EntryScope() {
    }

    static boolean seesAll(Caller caller) {
        return caller.hasAny(OFFICE);
    }

    /** The entry as this caller may see it, or 404. */
    static EntryView visible(Caller caller, EntryView entry) {
        if (seesAll(caller)) {
            return entry;
        }
        if (caller.has(Role.JUDGE) && caller.personId() != null && entry.panelJudges().contains(caller.personId())) {
            EntryView own = entry.withScoresOf(caller.personId());
            return entry.blind() ? own.withoutAuthors() : own;
        }
        if (caller.has(Role.ENTRANT) && entry.hasAuthor(caller.personId())) {
            return entry.forEntrant();
        }
        throw new ResourceNotFoundException("entry", entry.id());
    }

    /** True when the caller reads as an entrant (and not as a judge): the list is cut to its own entries. */
    static boolean entrantOnly(Caller caller) {
        return caller.has(Role.ENTRANT) && !caller.has(Role.JUDGE);
    }

    /** The judge the caller is (their token's person), or 404 for an account linked to no person. */
    static String judge(Caller caller) {
        if (caller.personId() == null) {
            throw new ResourceNotFoundException("judge", caller.username());
        }
        return caller.personId();
    }
}
