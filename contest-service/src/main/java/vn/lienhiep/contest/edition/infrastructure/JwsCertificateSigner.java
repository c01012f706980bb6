package vn.lienhiep.contest.edition.infrastructure;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.edition.domain.CertificateSigner;
import vn.lienhiep.platform.signing.SignedRecords;
import vn.lienhiep.platform.signing.SigningPurpose;

/**
 * Certificates signed the platform's one way ({@link SignedRecords}), with the contest's own key: generated keys in
 * {@code contest_certificate_signing_key}, a configured one in {@code lienhiep.contest.certificate-signing-key}, JWS
 * {@code typ} "lienhiep-contest-certificate+jcs" (so an expert record of review's can never pass for a certificate).
 */
@Component
public class JwsCertificateSigner implements CertificateSigner {

    static final SigningPurpose CERTIFICATES = new SigningPurpose("contest_certificate_signing_key",
                                                                  "lienhiep.contest.certificate-signing-key",
                                                                  "lienhiep-contest-certificate+jcs");

    private final SignedRecords records;

    public JwsCertificateSigner(JdbcTemplate jdbc, Clock clock,
                                @Value("${lienhiep.contest.certificate-signing-key:}") String configuredKey) {
        this.records = new SignedRecords(jdbc, clock, CERTIFICATES, configuredKey);
    }

    @Override
    public byte[] signed(Map<String, Object> record) {
        return records.signed(record);
    }

    @Override
    public Map<String, Object> publicKeys() {
        return records.publicKeys();
    }
}
