-- The rest of the KPI read side (docs/kpis.md): survey sums, repeat contacts, requester wait, the
-- inputs of the cost estimate, an agent dimension and top tags. Still additive daily rows written in
-- the transaction of the event; still sums only, so every roll-up stays correct.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

DROP VIEW kpi_daily_v;

-- The agent dimension: the case's assignee when the event happened ('' when nobody had it). It joins
-- the key of every daily table, so "all agents" is still the sum of the parts.
ALTER TABLE kpi_daily ADD COLUMN agent VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE kpi_daily DROP CONSTRAINT pk_kpi_daily;
ALTER TABLE kpi_daily ADD CONSTRAINT pk_kpi_daily PRIMARY KEY (report_day, department, channel, category, priority, agent);

ALTER TABLE kpi_daily_time ADD COLUMN agent VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE kpi_daily_time DROP CONSTRAINT pk_kpi_daily_time;
ALTER TABLE kpi_daily_time ADD CONSTRAINT pk_kpi_daily_time
    PRIMARY KEY (report_day, department, channel, category, priority, agent, series, bucket);

ALTER TABLE kpi_daily_root_cause ADD COLUMN agent VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE kpi_daily_root_cause DROP CONSTRAINT pk_kpi_daily_root_cause;
ALTER TABLE kpi_daily_root_cause ADD CONSTRAINT pk_kpi_daily_root_cause
    PRIMARY KEY (report_day, department, channel, category, priority, agent, root_cause);

-- Surveys: offered (sent) on the day the survey is issued, answers on the day they are recorded.
ALTER TABLE kpi_daily ADD COLUMN surveys_sent BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN surveys_answered BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN csat_answers BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN csat_score_sum BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN csat_satisfied BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN nps_answers BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN nps_promoters BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN nps_passives BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN nps_detractors BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN ces_answers BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN ces_score_sum BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN ces_easy BIGINT DEFAULT 0 NOT NULL;
-- New cases whose customer had another case opened in the 30 days before.
ALTER TABLE kpi_daily ADD COLUMN repeat_contacts BIGINT DEFAULT 0 NOT NULL;
-- Requester wait (time the desk owed the next move) of standing resolutions.
ALTER TABLE kpi_daily ADD COLUMN requester_waits BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN requester_wait_minutes BIGINT DEFAULT 0 NOT NULL;
-- The cost estimate's inputs: minutes in progress (counted as a case leaves that status) and contacts.
ALTER TABLE kpi_daily ADD COLUMN in_progress_minutes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE kpi_daily ADD COLUMN contacts BIGINT DEFAULT 0 NOT NULL;

-- Cases opened per tag: a case with three tags adds 1 to each of three rows, never 3 to one.
CREATE TABLE kpi_daily_tag (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(120) NOT NULL,
    priority VARCHAR(4) NOT NULL,
    agent VARCHAR(120) NOT NULL,
    tag VARCHAR(120) NOT NULL,
    opened BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_daily_tag PRIMARY KEY (report_day, department, channel, category, priority, agent, tag)
);

-- Repeat contact: "did this customer open another case in the last 30 days", decided at intake by CPF,
-- email or phone. Email and phone are indexed since V1 and V8; the CPF was not.
CREATE INDEX ix_case_customer_cpf ON complaint_case (customer_cpf, opened_at);

CREATE VIEW kpi_daily_v AS
SELECT report_day, department, channel, NULLIF(category, '') AS category, priority, NULLIF(agent, '') AS agent,
       SUM(opened) AS opened,
       SUM(resolved) AS resolved,
       SUM(first_responses) AS first_responses,
       SUM(first_response_minutes) AS first_response_minutes,
       SUM(first_response_business_minutes) AS first_response_business_minutes,
       SUM(first_resolutions) AS first_resolutions,
       SUM(first_resolution_minutes) AS first_resolution_minutes,
       SUM(first_resolution_business_minutes) AS first_resolution_business_minutes,
       SUM(resolution_minutes) AS resolution_minutes,
       SUM(resolution_business_minutes) AS resolution_business_minutes,
       SUM(one_touch) AS one_touch,
       SUM(reopened) AS reopened,
       SUM(escalated) AS escalated,
       SUM(first_response_met) AS first_response_met,
       SUM(first_response_breached) AS first_response_breached,
       SUM(resolution_met) AS resolution_met,
       SUM(resolution_breached) AS resolution_breached,
       SUM(legal_met) AS legal_met,
       SUM(legal_breached) AS legal_breached,
       SUM(surveys_sent) AS surveys_sent,
       SUM(surveys_answered) AS surveys_answered,
       SUM(csat_answers) AS csat_answers,
       SUM(csat_score_sum) AS csat_score_sum,
       SUM(csat_satisfied) AS csat_satisfied,
       SUM(nps_answers) AS nps_answers,
       SUM(nps_promoters) AS nps_promoters,
       SUM(nps_passives) AS nps_passives,
       SUM(nps_detractors) AS nps_detractors,
       SUM(ces_answers) AS ces_answers,
       SUM(ces_score_sum) AS ces_score_sum,
       SUM(ces_easy) AS ces_easy,
       SUM(repeat_contacts) AS repeat_contacts,
       SUM(requester_waits) AS requester_waits,
       SUM(requester_wait_minutes) AS requester_wait_minutes,
       SUM(in_progress_minutes) AS in_progress_minutes,
       SUM(contacts) AS contacts
FROM kpi_daily
GROUP BY report_day, department, channel, category, priority, agent;
