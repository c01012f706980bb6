package vn.lienhiep.review.expertrecord.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienhiep.review.expertrecord.domain.RecordSigner;

/**
 * Records signed as ADR 0011 says: the RFC 8785 canonical form of the record, a detached ES256 JWS of it with the
 * service's key, and the record again in canonical form with the signature as its last member.
 */
@Component
public class JwsRecordSigner implements RecordSigner {

    private final RecordSigningKeys keys;

    public JwsRecordSigner(RecordSigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public byte[] signed(Map<String, Object> record) {
        Map<String, Object> withSignature = new LinkedHashMap<>(record);
        withSignature.put("signature", keys.signDetached(CanonicalJson.bytes(record)));
        return CanonicalJson.bytes(withSignature);
    }

    @Override
    public Map<String, Object> publicKeys() {
        return keys.publicKeys().toJSONObject(true);
    }
}
