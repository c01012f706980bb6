package vn.lienhiep.contest.edition.domain;

/** Prints a certificate as a document its author keeps, carrying its own proof. */
public interface CertificateRenderer {

    /**
     * The certificate as a PDF: what it states, Vietnamese first and English second; where to verify it (its
     * record's URL, also drawn as a QR code, and the URL of the public keys); and {@code signedRecord} attached, so
     * that the file alone verifies offline.
     */
    byte[] pdf(Certificate certificate, byte[] signedRecord, String verificationUrl, String keysUrl);
}
