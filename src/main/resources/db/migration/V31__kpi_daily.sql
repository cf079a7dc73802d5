-- The read side of the service KPIs (docs/kpis.md): additive daily rows kept up to date in the
-- transaction of the event they count, so a report sums a few rows per day and never scans cases.
-- report_day is the date in the desk's time zone (America/Sao_Paulo); an empty category means none.

CREATE TABLE kpi_daily (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(120) NOT NULL,
    priority VARCHAR(4) NOT NULL,
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
    CONSTRAINT pk_kpi_daily PRIMARY KEY (report_day, department, channel, category, priority)
);

-- Service-time histograms for medians and p90 (fixed minute buckets, see TimeBuckets): one row per
-- daily key, series and bucket.
CREATE TABLE kpi_daily_time (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(120) NOT NULL,
    priority VARCHAR(4) NOT NULL,
    series VARCHAR(40) NOT NULL,
    bucket SMALLINT NOT NULL,
    cases BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_daily_time PRIMARY KEY (report_day, department, channel, category, priority, series, bucket)
);

-- For BI tools (Metabase, Power BI): read-only (an aggregate view cannot be written through), sums and
-- counts only, so any roll-up stays correct; divide after summing (mean = *_minutes / count, rate =
-- part / whole). Grant SELECT on this view, not on the tables.
CREATE VIEW kpi_daily_v AS
SELECT report_day, department, channel, NULLIF(category, '') AS category, priority,
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
       SUM(legal_breached) AS legal_breached
FROM kpi_daily
GROUP BY report_day, department, channel, category, priority;

-- Standing resolutions per root cause (the resolution's root-cause category), for "top root causes":
-- +1 at a resolution, -1 when that resolution is reopened.
CREATE TABLE kpi_daily_root_cause (
    report_day DATE NOT NULL,
    department VARCHAR(120) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    category VARCHAR(120) NOT NULL,
    priority VARCHAR(4) NOT NULL,
    root_cause VARCHAR(120) NOT NULL,
    resolved BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_kpi_daily_root_cause PRIMARY KEY (report_day, department, channel, category, priority, root_cause)
);
