-- Review's replica of membership's verified experts, kept ONLY from membership's public events (expert-verified,
-- expert-profile-changed, expert-deactivated). The engagement's conflict-of-interest checks read it inside Axon's
-- transaction, so it lives in the event store's database rather than in the Mongo read model.
--
-- expertise_fields and employers are JSON arrays of strings (e.g. ["Sở Xây dựng tỉnh Lào Cai"]): names may contain
-- any punctuation, JSON escapes it unambiguously, and both databases store it as plain text.
-- source_sequence is the membership aggregate sequence (CloudEvents extension aggregatesequence) of the last event
-- applied: an event with a sequence not above it is a redelivery or arrived late and changes nothing.
-- A deactivated expert is kept with active = false, so a late "profile changed" cannot bring them back.
CREATE TABLE review_expert_pool (
    expert_id        VARCHAR(64)              NOT NULL,
    person_id        VARCHAR(64)              NOT NULL,
    display_name     VARCHAR(500),
    expertise_fields VARCHAR(4000)            NOT NULL,
    employers        VARCHAR(4000)            NOT NULL,
    scope            VARCHAR(32),
    availability     VARCHAR(32),
    active           BOOLEAN                  NOT NULL,
    source_sequence  BIGINT                   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (expert_id)
);
