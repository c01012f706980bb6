-- The person and the expert (membership-service's ids) a user IS, when the account is linked to them: the access token
-- carries them as `person` and `expert`, so experts, judges and council members act as themselves. One account per
-- person and per expert (several NULLs are allowed by a unique index on H2 and PostgreSQL alike).
ALTER TABLE users ADD COLUMN person_id VARCHAR(64);
ALTER TABLE users ADD COLUMN expert_id VARCHAR(64);
CREATE UNIQUE INDEX users_person_id ON users (person_id);
CREATE UNIQUE INDEX users_expert_id ON users (expert_id);
