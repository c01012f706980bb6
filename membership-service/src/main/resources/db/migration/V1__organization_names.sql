-- Set-based validation for "organisation names are unique within the union": claimed in the same transaction as the
-- organisation's events, so a refused claim rolls the command back and a committed one is always backed by events.
CREATE TABLE organization_name (
    canonical_name  VARCHAR(500) NOT NULL,
    organization_id VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(500) NOT NULL,
    PRIMARY KEY (canonical_name)
);
CREATE INDEX ix_organization_name_id ON organization_name (organization_id);
