-- The department-and-channel roll-ups (V35) summed from the detailed rows, as the migration's back-fill
-- does (kpi-seed.sql runs it after the detailed rows and the copy of the previous period).
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

INSERT INTO kpi_rollup_time (report_day, department, channel, series, bucket, cases)
SELECT report_day, department, channel, series, bucket, SUM(cases)
FROM kpi_daily_time
GROUP BY report_day, department, channel, series, bucket;

INSERT INTO kpi_rollup_category (report_day, department, channel, category, opened)
SELECT report_day, department, channel, category, SUM(opened)
FROM kpi_daily
GROUP BY report_day, department, channel, category
HAVING SUM(opened) <> 0;

INSERT INTO kpi_rollup_root_cause (report_day, department, channel, root_cause, resolved)
SELECT report_day, department, channel, root_cause, SUM(resolved)
FROM kpi_daily_root_cause
GROUP BY report_day, department, channel, root_cause;

INSERT INTO kpi_rollup_tag (report_day, department, channel, tag, opened)
SELECT report_day, department, channel, tag, SUM(opened)
FROM kpi_daily_tag
GROUP BY report_day, department, channel, tag;

CLUSTER kpi_rollup USING pk_kpi_rollup;
CLUSTER kpi_rollup_time USING pk_kpi_rollup_time;
CLUSTER kpi_rollup_category USING pk_kpi_rollup_category;
CLUSTER kpi_rollup_root_cause USING pk_kpi_rollup_root_cause;
CLUSTER kpi_rollup_tag USING pk_kpi_rollup_tag;
VACUUM ANALYZE kpi_rollup;
VACUUM ANALYZE kpi_rollup_time;
VACUUM ANALYZE kpi_rollup_category;
VACUUM ANALYZE kpi_rollup_root_cause;
VACUUM ANALYZE kpi_rollup_tag;
