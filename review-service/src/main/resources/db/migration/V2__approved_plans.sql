-- The annual review plans other aggregates rely on (docs/domain/review.md#rev-9), written in the same transaction as the
-- plan's events: one plan per year (set-based validation), and, once the People's Committee approved it, the
-- engagements it covers. A state-funded engagement asks here whether it belongs to an approved plan.
CREATE TABLE review_plan_year (
    plan_year INTEGER     NOT NULL,
    plan_id   VARCHAR(64) NOT NULL,
    approved  BOOLEAN     DEFAULT FALSE NOT NULL,
    PRIMARY KEY (plan_year)
);
CREATE TABLE review_plan_engagement (
    plan_year     INTEGER     NOT NULL,
    engagement_id VARCHAR(64) NOT NULL,
    plan_id       VARCHAR(64) NOT NULL,
    item_id       VARCHAR(64) NOT NULL,
    PRIMARY KEY (plan_year, engagement_id)
);
