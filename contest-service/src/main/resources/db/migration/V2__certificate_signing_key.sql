-- Keys that sign the contest's certificates (GET /api/contest/editions/{id}/certificates/{entryId}/{author} and
-- GET /api/contest/certificates/{certificateId}). The service makes one at first start when no key is configured
-- (lienhiep.contest.certificate-signing-key); every key ever used stays here and in the published JWK set
-- (GET /api/contest/certificate-keys), so a certificate signed years ago can still be verified. retired_at set: no
-- longer signs, still published. private_jwk is the full JWK (RFC 7517) including the private part "d": the database
-- must be protected like any other secret store; production should configure the key instead. The same columns as
-- every signing key table (the platform's SignedRecords reads them).
CREATE TABLE contest_certificate_signing_key (
    kid         VARCHAR(100)             NOT NULL,
    algorithm   VARCHAR(16)              NOT NULL,
    private_jwk VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kid)
);
