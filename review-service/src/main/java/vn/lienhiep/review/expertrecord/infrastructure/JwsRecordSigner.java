package vn.lienhiep.review.expertrecord.infrastructure;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lienhiep.platform.signing.SignedRecords;
import vn.lienhiep.platform.signing.SigningPurpose;
import vn.lienhiep.review.expertrecord.domain.RecordSigner;

/**
 * Expert records signed the platform's one way ({@link SignedRecords}, ADR 0011), with review's own key: generated
 * keys in {@code review_record_signing_key}, a configured one in {@code lienhiep.review.record-signing-key}, JWS
 * {@code typ} "lienhiep-expert-record+jcs". These names are what records already issued and keys already stored carry:
 * they never change.
 */
@Component
public class JwsRecordSigner implements RecordSigner {

    static final SigningPurpose EXPERT_RECORDS = new SigningPurpose("review_record_signing_key",
                                                                    "lienhiep.review.record-signing-key",
                                                                    "lienhiep-expert-record+jcs");

    private final SignedRecords records;

    public JwsRecordSigner(JdbcTemplate jdbc, Clock clock,
                           @Value("${lienhiep.review.record-signing-key:}") String configuredKey) {
        this.records = new SignedRecords(jdbc, clock, EXPERT_RECORDS, configuredKey);
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
