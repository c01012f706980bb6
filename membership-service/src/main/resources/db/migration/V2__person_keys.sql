-- Set-based validation for "one person, one record" (identity rule [A]): the natural key is claimed in the same
-- transaction as the person's events. A national id is stored only as its SHA-256 ("nid:<hex>"); without one the key
-- is the folded full name and birth date ("name:<folded>|<yyyy-MM-dd>"). The bulk import looks persons up here.
CREATE TABLE person_key (
    natural_key  VARCHAR(600) NOT NULL,
    person_id    VARCHAR(64)  NOT NULL,
    display_name VARCHAR(500) NOT NULL,
    PRIMARY KEY (natural_key)
);
CREATE INDEX ix_person_key_person ON person_key (person_id);
