package vn.lienhiep.contest.edition.domain;

import java.util.Map;

/**
 * Signs a certificate's record so that anyone holding it can check it offline, the platform's one way (ADR 0011, as
 * review signs expert records). The record is plain data (maps, lists, strings, booleans, integers); how it is
 * canonicalized and signed, and with which key, is the adapter's business.
 */
public interface CertificateSigner {

    /**
     * The record in its canonical form (RFC 8785) with one more member, {@code signature}: the detached JWS of the
     * canonical form of the record without it.
     */
    byte[] signed(Map<String, Object> record);

    /** The public keys that verify signed certificates, as the members of a JWK set. */
    Map<String, Object> publicKeys();
}
