-- Idempotency-Key records. Written in the SAME transaction as the events a command appends, so a request either
-- happened (events + this row) or did not (neither): a retried request finds the row and gets the first answer.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(255)  NOT NULL,
    fingerprint     VARCHAR(64)   NOT NULL,
    result_type     VARCHAR(255),
    result          VARCHAR(8000),
    created_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (idempotency_key)
);
