package vn.lienhiep.contest.edition.domain;

import java.util.List;
import java.util.Optional;

import vn.lienhiep.contest.common.domain.ContestField;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.kernel.DecisionRef;

/**
 * A certificate (giấy chứng nhận): what the union states of one author of one prize the organising committee
 * approved — the edition, the solution, its field and level, the author and whether they are its principal author,
 * and the committee's results decision. One per author of the award, each with its own {@link CertificateId}.
 *
 * @param issuer     the province whose union issues it
 * @param field      the entry's field as the edition's terms name it
 * @param decision   the committee's decision approving the results
 * @param revocation the committee's decision revoking the prize since; null while the prize stands
 * @param nameShown  the author agreed to their name being published (the gallery's rule, and the public record's)
 */
public record Certificate(CertificateId id, String issuer, String editionLabel, ContestType contestType, int awardYear,
                          String entryNo, String title, ContestField field, PrizeLevel level, String author,
                          boolean principal, DecisionRef decision, DecisionRef revocation, boolean nameShown) {

    /**
     * The certificate of the author at {@code id.author()} of {@code award}; empty when the award has no such author.
     *
     * @param fields     the edition's fields, which name the award's field
     * @param revocation the decision revoking the prize, or null
     */
    public static Optional<Certificate> of(CertificateId id, String issuer, String editionLabel, ContestType type,
                                           int awardYear, List<ContestField> fields, DecisionRef decision, Award award,
                                           DecisionRef revocation) {
        if (!award.entryId().equals(id.entryId()) || id.author() >= award.authors().size()) {
            return Optional.empty();
        }
        Award.AwardedAuthor author = award.authors().get(id.author());
        ContestField field = fields.stream().filter(f -> f.code().equals(award.field())).findFirst()
                                   .orElse(new ContestField(award.field(), award.field(), award.field()));
        return Optional.of(new Certificate(id, issuer, editionLabel, type, awardYear, award.entryNo(), award.title(),
                                           field, award.level(), author.name(), author.principal(), decision,
                                           revocation, author.consentToPublish()));
    }

    /** Whether the prize was revoked since: such a certificate no longer certifies anything. */
    public boolean revoked() {
        return revocation != null;
    }
}
