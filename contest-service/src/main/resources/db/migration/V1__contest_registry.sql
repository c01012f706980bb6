-- What the contest's aggregates must know of each other, written in the SAME transaction as the events that change
-- it (set-based validation, as review's plan registry): ordinals and the one open edition per programme, the
-- editions as committed (for the entries' rules), the entries' standings (for the edition's results), entry numbers,
-- solutions already awarded, and the member organisations' status learned from membership's events.
CREATE TABLE contest_programme_edition (
    programme  VARCHAR(32) NOT NULL,
    ordinal    INTEGER     NOT NULL,
    edition_id VARCHAR(64) NOT NULL,
    is_open    BOOLEAN     DEFAULT FALSE NOT NULL,
    PRIMARY KEY (programme, ordinal)
);
CREATE UNIQUE INDEX contest_programme_edition_id ON contest_programme_edition (edition_id);

CREATE TABLE contest_edition_snapshot (
    edition_id VARCHAR(64) NOT NULL PRIMARY KEY,
    snapshot   VARCHAR(1000000) NOT NULL
);

CREATE TABLE contest_entry_number (
    edition_id VARCHAR(64) NOT NULL PRIMARY KEY,
    last_no    INTEGER     NOT NULL
);

CREATE TABLE contest_entry_standing (
    entry_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    edition_id VARCHAR(64) NOT NULL,
    entry_no   VARCHAR(16) NOT NULL,
    standing   VARCHAR(1000000) NOT NULL
);
CREATE INDEX contest_entry_standing_edition ON contest_entry_standing (edition_id, entry_no);

CREATE TABLE contest_entry_author (
    entry_id   VARCHAR(64) NOT NULL,
    edition_id VARCHAR(64) NOT NULL,
    person_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX contest_entry_author_person ON contest_entry_author (edition_id, person_id);

CREATE TABLE contest_awarded_solution (
    entry_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    programme  VARCHAR(32)  NOT NULL,
    edition_id VARCHAR(64)  NOT NULL,
    title_key  VARCHAR(1000) NOT NULL
);
CREATE INDEX contest_awarded_solution_title ON contest_awarded_solution (programme, title_key);

CREATE TABLE contest_member_organization (
    organization_id VARCHAR(64) NOT NULL PRIMARY KEY,
    status          VARCHAR(32) NOT NULL,
    sequence_no     BIGINT      NOT NULL
);
