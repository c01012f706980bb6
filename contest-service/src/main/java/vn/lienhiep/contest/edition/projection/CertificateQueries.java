package vn.lienhiep.contest.edition.projection;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.edition.domain.Award;
import vn.lienhiep.contest.edition.domain.Certificate;
import vn.lienhiep.contest.edition.domain.CertificateId;
import vn.lienhiep.kernel.DecisionRef;

/**
 * The certificates the approved prizes give, one per author of each award, read from the editions read model: the
 * edition's label and fields, the results decision, the award as approved, and whether it was revoked since.
 */
@Component
public class CertificateQueries {

    private final EditionQueries editions;
    private final String issuer;

    public CertificateQueries(EditionQueries editions, @Value("${lienhiep.province.name}") String issuer) {
        this.editions = editions;
        this.issuer = issuer;
    }

    /**
     * The certificate, also when its prize was revoked since (it then says so); empty when the edition's results were
     * never approved, the entry was not awarded, or the award has no author at that index.
     */
    public Optional<Certificate> find(CertificateId id) {
        return editions.find(id.editionId()).filter(e -> e.resultsDecision() != null).flatMap(e -> {
            Optional<Award> standing = e.awards().stream().filter(a -> a.entryId().equals(id.entryId())).findFirst();
            Optional<EditionView.Revocation> revoked = e.revocations().stream()
                    .filter(r -> r.entryId().equals(id.entryId()) && r.award() != null).findFirst();
            Optional<Award> award = standing.or(() -> revoked.map(EditionView.Revocation::award));
            DecisionRef revocation = standing.isPresent() ? null
                    : revoked.map(EditionView.Revocation::decision).orElse(null);
            return award.flatMap(a -> Certificate.of(id, issuer, e.label(), ContestType.valueOf(e.type()),
                                                     e.awardYear(), e.terms().fields(), e.resultsDecision(), a,
                                                     revocation));
        });
    }
}
