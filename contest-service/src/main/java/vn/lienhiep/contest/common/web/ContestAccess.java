package vn.lienhiep.contest.common.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.security.AccessRules;

import static vn.lienhiep.contracts.security.Role.CONTEST_COMMITTEE;
import static vn.lienhiep.contracts.security.Role.CONTEST_SECRETARIAT;
import static vn.lienhiep.contracts.security.Role.ENTRANT;
import static vn.lienhiep.contracts.security.Role.JUDGE;
import static vn.lienhiep.contracts.security.Role.JURY_CHAIR;
import static vn.lienhiep.contracts.security.Role.UNION_ADMIN;
import static vn.lienhiep.contracts.security.Role.UNION_LEADERSHIP;
import static vn.lienhiep.contracts.security.Role.UNION_STAFF;

/**
 * The contest's ONE access table (function level), deny by default. What a judge sees of the entries (their own
 * sub-panel's only, authors hidden when the edition judges blind) is entry/web/EntryScope (object level). The
 * authorization matrix test holds the expected answer for every endpoint and role; change both together.
 */
@Configuration
public class ContestAccess {

    private static final String ED = "/api/contest/editions";
    private static final String EN = "/api/contest/entries";
    private static final String V = "/api/contest/vifotec-candidacies";

    /** The union and the contest's bodies, who read editions. */
    static final Set<Role> READERS = EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, CONTEST_COMMITTEE,
                                                CONTEST_SECRETARIAT, JURY_CHAIR, JUDGE);
    /** Who reads every entry and the standings: everyone of the contest but a judge (a judge reads their panel's). */
    static final Set<Role> OFFICE = EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, CONTEST_COMMITTEE,
                                               CONTEST_SECRETARIAT, JURY_CHAIR);
    /** The Organising Committee decides. */
    static final Set<Role> COMMITTEE = EnumSet.of(CONTEST_COMMITTEE);
    /** The secretariat (the union as standing agency) operates. */
    static final Set<Role> SECRETARIAT = EnumSet.of(CONTEST_SECRETARIAT);
    /** Who prints an author's certificate: the union and the contest's committee and secretariat, not the jury. */
    static final Set<Role> CERTIFYING = EnumSet.of(UNION_ADMIN, UNION_LEADERSHIP, UNION_STAFF, CONTEST_COMMITTEE,
                                                   CONTEST_SECRETARIAT);
    /** The jury scores, each judge their own assignments (EntryScope: the token's person). */
    static final Set<Role> JURY = EnumSet.of(JURY_CHAIR, JUDGE);

    @Bean
    public AccessRules contestAccessRules() {
        return AccessRules.builder()
                .get("/api/contest/gallery", "/api/contest/gallery/{editionId}").publicAccess()
                .get(ED, ED + "/{id}").roles(READERS)
                .get(ED + "/{id}/standings", "/api/contest/statistics").roles(OFFICE)
                // The secretariat prepares the draft; the committee's decisions make it rules.
                .post(ED, ED + "/{id}/terms").roles(plus(SECRETARIAT, CONTEST_COMMITTEE))
                .post(ED + "/{id}/rules", ED + "/{id}/launch", ED + "/{id}/amendments", ED + "/{id}/extension",
                      ED + "/{id}/jury", ED + "/{id}/results/return", ED + "/{id}/results/approval",
                      ED + "/{id}/prizes/{entryId}/revocation", ED + "/{id}/cancellation").roles(COMMITTEE)
                .post(ED + "/{id}/submissions-closure", ED + "/{id}/screening-completion", ED + "/{id}/ceremony",
                      ED + "/{id}/nominations", ED + "/{id}/national-results", ED + "/{id}/archive").roles(SECRETARIAT)
                .post(ED + "/{id}/shortlist", ED + "/{id}/results/proposal").roles(EnumSet.of(JURY_CHAIR))
                // Certificates: the office prints them; whoever holds one checks it (its record, the public keys).
                .get(ED + "/{id}/certificates/{entryId}/{author}").roles(CERTIFYING)
                .get("/api/contest/certificates/{certificateId}", "/api/contest/certificate-keys").publicAccess()
                // Entries: the secretariat records the dossiers it receives (by hand or by post) and screens them;
                // a judge reads only their sub-panel's (EntryScope).
                // An entrant reads its own entries only (EntryScope: the authors' person ids), without the judging.
                .get(EN, EN + "/{id}").roles(plus(READERS, ENTRANT))
                .post(EN, EN + "/{id}/return", EN + "/{id}/resubmission", EN + "/{id}/withdrawal",
                      EN + "/{id}/eligibility", EN + "/{id}/ineligibility").roles(SECRETARIAT)
                .post(EN + "/{id}/judges").roles(EnumSet.of(JURY_CHAIR, CONTEST_SECRETARIAT))
                // A judge scores, re-scores and steps aside as themselves only (EntryScope.judge).
                .post(EN + "/{id}/scores", EN + "/{id}/rescores", EN + "/{id}/recusals").roles(JURY)
                // VIFOTEC: the secretariat promotes and pre-screens; the union's leadership signs the forwarding.
                .get(V, V + "/{id}").roles(OFFICE)
                .post(V, V + "/{id}/dossier", V + "/{id}/prescreening", V + "/{id}/result").roles(SECRETARIAT)
                .post(V + "/{id}/forwarding").roles(EnumSet.of(UNION_LEADERSHIP))
                // Past editions from a spreadsheet: the secretariat keeps the contest's records.
                .post("/api/contest/imports").roles(SECRETARIAT)
                .get("/api/contest/imports", "/api/contest/imports/{id}", "/api/contest/imports/templates/{kind}")
                .roles(SECRETARIAT)
                .build();
    }

    private static Set<Role> plus(Set<Role> roles, Role extra) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
