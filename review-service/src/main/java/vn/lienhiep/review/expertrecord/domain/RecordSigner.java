package vn.lienhiep.review.expertrecord.domain;

import java.util.Map;

/**
 * Signs an expert's record so that anyone holding it can check it offline (ADR 0011). The record is plain data
 * (maps, lists, strings, booleans, integers); how it is canonicalized and signed, and with which key, is the
 * adapter's business.
 */
public interface RecordSigner {

    /**
     * The record in its canonical form (RFC 8785) with one more member, {@code signature}: the detached JWS of the
     * canonical form of the record without it.
     */
    byte[] signed(Map<String, Object> record);

    /** The public keys that verify signed records, as the members of a JWK set. */
    Map<String, Object> publicKeys();
}
