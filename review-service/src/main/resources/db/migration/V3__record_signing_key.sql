-- Keys that sign the experts' exported engagement records (GET /api/review/experts/{id}/record). The service makes one
-- at first start when no key is configured (lienhiep.review.record-signing-key); every key ever used stays here and in
-- the published JWK set (GET /api/review/record-keys), so a record signed years ago can still be verified. retired_at
-- set: no longer signs, still published. private_jwk is the full JWK (RFC 7517) including the private part "d": the
-- database must be protected like any other secret store; production should configure the key instead.
CREATE TABLE review_record_signing_key (
    kid         VARCHAR(100)             NOT NULL,
    algorithm   VARCHAR(16)              NOT NULL,
    private_jwk VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kid)
);
