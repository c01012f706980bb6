-- Users, their roles and scope, and the signing keys. Runs on H2 2.4 (embedded) and PostgreSQL (production).
CREATE TABLE users (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL UNIQUE,
    display_name        VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    organization_id     VARCHAR(64),
    requester_id        VARCHAR(64),
    created_at          TIMESTAMP    NOT NULL,
    password_changed_at TIMESTAMP    NOT NULL
);

CREATE TABLE user_roles (
    user_id VARCHAR(64) NOT NULL REFERENCES users (id),
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- ACTIVE signs new tokens; PREVIOUS still verifies tokens issued before a rotation; RETIRED is out of the JWKS.
CREATE TABLE signing_keys (
    kid        VARCHAR(64)   NOT NULL PRIMARY KEY,
    jwk        VARCHAR(8000) NOT NULL,
    state      VARCHAR(16)   NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
