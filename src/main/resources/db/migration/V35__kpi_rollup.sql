-- Roll-ups of the daily KPI rows by day, department and channel (docs/kpis.md, "The read side";
-- docs/benchmarks.md section 8). The detailed rows (V31, V32) are keyed by day, department, channel,
-- category, priority and agent: a 90-day report over a busy desk sums about a million of them. The
-- dashboard's default report and a supervisor's first view name no category, priority or agent, and
-- need only these sums: the same counters with category, priority and agent summed away, and narrow
-- tables for the top lists. JpaKpiLedger adds to both grains in the event's transaction (the same
-- upsert: UPDATE ... SET x = x + ?, else INSERT ... ON CONFLICT DO NOTHING and UPDATE again), and reads
-- the roll-ups whenever the filter allows. Sums only, like the detailed rows: "all" is still the sum
-- of the parts. The back-fill below sums the rows written so far, so both grains agree from the start.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

-- Every counter of kpi_daily (Counter's columns), per day, department and channel.
CREATE TABLE kpi_rollup (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    opened BIGINT DEFAULT 0 NOT NULL,
    first_responses BIGINT DEFAULT 0 NOT NULL,
    first_response_minutes BIGINT DEFAULT 0 NOT NULL,
    first_response_business_minutes BIGINT DEFAULT 0 NOT NULL,
    first_resolutions BIGINT DEFAULT 0 NOT NULL,
    first_resolution_minutes BIGINT DEFAULT 0 NOT NULL,
    first_resolution_business_minutes BIGINT DEFAULT 0 NOT NULL,
    resolved BIGINT DEFAULT 0 NOT NULL,
    resolution_minutes BIGINT DEFAULT 0 NOT NULL,
    resolution_business_minutes BIGINT DEFAULT 0 NOT NULL,
    one_touch BIGINT DEFAULT 0 NOT NULL,
    reopened BIGINT DEFAULT 0 NOT NULL,
    escalated BIGINT DEFAULT 0 NOT NULL,
    first_response_met BIGINT DEFAULT 0 NOT NULL,
    first_response_breached BIGINT DEFAULT 0 NOT NULL,
    resolution_met BIGINT DEFAULT 0 NOT NULL,
    resolution_breached BIGINT DEFAULT 0 NOT NULL,
    legal_met BIGINT DEFAULT 0 NOT NULL,
    legal_breached BIGINT DEFAULT 0 NOT NULL,
    surveys_sent BIGINT DEFAULT 0 NOT NULL,
    surveys_answered BIGINT DEFAULT 0 NOT NULL,
    csat_answers BIGINT DEFAULT 0 NOT NULL,
    csat_score_sum BIGINT DEFAULT 0 NOT NULL,
    csat_satisfied BIGINT DEFAULT 0 NOT NULL,
    nps_answers BIGINT DEFAULT 0 NOT NULL,
    nps_promoters BIGINT DEFAULT 0 NOT NULL,
    nps_passives BIGINT DEFAULT 0 NOT NULL,
    nps_detractors BIGINT DEFAULT 0 NOT NULL,
    ces_answers BIGINT DEFAULT 0 NOT NULL,
    ces_score_sum BIGINT DEFAULT 0 NOT NULL,
    ces_easy BIGINT DEFAULT 0 NOT NULL,
    repeat_contacts BIGINT DEFAULT 0 NOT NULL,
    requester_waits BIGINT DEFAULT 0 NOT NULL,
    requester_wait_minutes BIGINT DEFAULT 0 NOT NULL,
    in_progress_minutes BIGINT DEFAULT 0 NOT NULL,
    contacts BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_rollup PRIMARY KEY (report_day, department, channel)
);
INSERT INTO kpi_rollup (report_day, department, channel,
    opened, first_responses, first_response_minutes, first_response_business_minutes, first_resolutions,
    first_resolution_minutes, first_resolution_business_minutes, resolved, resolution_minutes, resolution_business_minutes,
    one_touch, reopened, escalated, first_response_met, first_response_breached,
    resolution_met, resolution_breached, legal_met, legal_breached, surveys_sent,
    surveys_answered, csat_answers, csat_score_sum, csat_satisfied, nps_answers,
    nps_promoters, nps_passives, nps_detractors, ces_answers, ces_score_sum,
    ces_easy, repeat_contacts, requester_waits, requester_wait_minutes, in_progress_minutes,
    contacts)
SELECT report_day, department, channel,
       SUM(opened),
       SUM(first_responses),
       SUM(first_response_minutes),
       SUM(first_response_business_minutes),
       SUM(first_resolutions),
       SUM(first_resolution_minutes),
       SUM(first_resolution_business_minutes),
       SUM(resolved),
       SUM(resolution_minutes),
       SUM(resolution_business_minutes),
       SUM(one_touch),
       SUM(reopened),
       SUM(escalated),
       SUM(first_response_met),
       SUM(first_response_breached),
       SUM(resolution_met),
       SUM(resolution_breached),
       SUM(legal_met),
       SUM(legal_breached),
       SUM(surveys_sent),
       SUM(surveys_answered),
       SUM(csat_answers),
       SUM(csat_score_sum),
       SUM(csat_satisfied),
       SUM(nps_answers),
       SUM(nps_promoters),
       SUM(nps_passives),
       SUM(nps_detractors),
       SUM(ces_answers),
       SUM(ces_score_sum),
       SUM(ces_easy),
       SUM(repeat_contacts),
       SUM(requester_waits),
       SUM(requester_wait_minutes),
       SUM(in_progress_minutes),
       SUM(contacts)
FROM kpi_daily
GROUP BY report_day, department, channel;

-- The service-time histograms (kpi_daily_time) per day, department and channel.
CREATE TABLE kpi_rollup_time (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    series VARCHAR(40) NOT NULL,
    bucket SMALLINT NOT NULL,
    cases BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_rollup_time PRIMARY KEY (report_day, department, channel, series, bucket)
);
INSERT INTO kpi_rollup_time (report_day, department, channel, series, bucket, cases)
SELECT report_day, department, channel, series, bucket, SUM(cases)
FROM kpi_daily_time
GROUP BY report_day, department, channel, series, bucket;

-- Top categories: cases opened per category ('' for none), the only column of kpi_daily that list reads.
CREATE TABLE kpi_rollup_category (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(120) NOT NULL,
    opened BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_rollup_category PRIMARY KEY (report_day, department, channel, category)
);
INSERT INTO kpi_rollup_category (report_day, department, channel, category, opened)
SELECT report_day, department, channel, category, SUM(opened)
FROM kpi_daily
GROUP BY report_day, department, channel, category
HAVING SUM(opened) <> 0;

-- Top root causes: standing resolutions per root cause.
CREATE TABLE kpi_rollup_root_cause (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    root_cause VARCHAR(120) NOT NULL,
    resolved BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_rollup_root_cause PRIMARY KEY (report_day, department, channel, root_cause)
);
INSERT INTO kpi_rollup_root_cause (report_day, department, channel, root_cause, resolved)
SELECT report_day, department, channel, root_cause, SUM(resolved)
FROM kpi_daily_root_cause
GROUP BY report_day, department, channel, root_cause;

-- Top tags: cases opened per tag.
CREATE TABLE kpi_rollup_tag (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    tag VARCHAR(120) NOT NULL,
    opened BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_rollup_tag PRIMARY KEY (report_day, department, channel, tag)
);
INSERT INTO kpi_rollup_tag (report_day, department, channel, tag, opened)
SELECT report_day, department, channel, tag, SUM(opened)
FROM kpi_daily_tag
GROUP BY report_day, department, channel, tag;
