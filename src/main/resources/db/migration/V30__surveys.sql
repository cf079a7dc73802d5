-- Surveys after a resolution (CSAT, NPS, CES): one row per survey offered, its answers on the row, each
-- answered once. Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE survey_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE survey (
    id            BIGINT PRIMARY KEY,
    protocol      VARCHAR(14)  NOT NULL,
    customer_key  VARCHAR(64)  NOT NULL,
    kinds         VARCHAR(32)  NOT NULL,
    nps_offered   BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE,
    csat          INTEGER,
    nps           INTEGER,
    ces           INTEGER,
    comment       VARCHAR(2000),
    version       BIGINT       NOT NULL,
    CONSTRAINT ck_survey_csat CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    CONSTRAINT ck_survey_nps CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    CONSTRAINT ck_survey_ces CHECK (ces IS NULL OR ces BETWEEN 1 AND 7)
);
CREATE INDEX ix_survey_protocol ON survey (protocol);
-- "NPS at most once per customer every 90 days": the latest NPS offer per customer.
CREATE INDEX ix_survey_customer_nps ON survey (customer_key, nps_offered, created_at);
