-- Seeds the KPI benchmark's database (src/bench/kpi-query.sh, docs/benchmarks.md section 8): :cases
-- cases opened over the last :days days in the schema the server's Flyway migrations just made, and
-- the daily KPI rows (kpi_daily, kpi_daily_time, kpi_daily_root_cause, kpi_daily_tag) the events of
-- those cases would have added, derived from the same cases with INSERT ... SELECT ... GROUP BY
-- (docs/kpis.md: every event counts on the day it happened, in America/Sao_Paulo, with the case's
-- dimensions and its assignee at that moment), and the department-and-channel roll-ups (kpi_rollup*,
-- V35) summed from those rows, as the ledger keeps both.
--
--   psql -v cases=1000000 -v days=90 -v previous=1 -v ON_ERROR_STOP=1 -d DB -f src/bench/kpi-seed.sql
--
-- previous=1 also copies the rows :days days back (no cases behind them): the report compares each
-- period with the one before it, and a desk that has run longer than :days days has rows there.
--
-- Robust to new columns: every INSERT names only the columns it fills, so a column added with a
-- default (surveys, repeat contacts, in-progress minutes...) takes its default, and the copy of the
-- previous period selects whole rows (SELECT *).
--
-- THE KEY. The dimensions of a daily row, as the tables' primary keys list them after report_day, are
-- named once, here, and every statement below expands :key_columns (in its INSERT list, SELECT list
-- and GROUP BY). The agent is the case's assignee when the event happened, as the ledger counts it:
-- '' for the opening (intake assigns nobody) and for an escalation before anyone took the case, the
-- assignee (one of five per department) for replies and resolutions. The statements read bench_event,
-- a view of bench_case whose `agent` is the one of the event in hand (:agent_of selects it).
\set key_columns 'department, channel, category, priority, agent'

-- The same draws every run; no JIT (it would compile each statement for longer than it runs at small sizes).
SET jit = off;
SELECT setseed(0.17) AS seeded \gset

-- America/Sao_Paulo day of an instant (the desk's time zone, as KpiCounting.DESK_ZONE).
CREATE FUNCTION pg_temp.desk_day(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS
  $$ SELECT (t AT TIME ZONE 'America/Sao_Paulo')::date $$;
-- A log-normal draw from two uniforms (Box-Muller): service times have a long tail, so their mean is
-- several times their median (KPIS.md: Zendesk's medians of 100-290 min to first reply, means 5-10x).
CREATE FUNCTION pg_temp.lognormal(median float8, sigma float8, u1 float8, u2 float8) RETURNS bigint
  LANGUAGE sql IMMUTABLE AS
  $$ SELECT least(60480, round(median * exp(sigma * sqrt(-2 * ln(u1)) * cos(2 * pi() * u2))))::bigint $$;
-- A protocol number of year 1999 with its Luhn check digit (as ProtocolNumber checks), far from the
-- numbers the server draws (the same function as run-all.sh's heap part).
CREATE FUNCTION pg_temp.protocol(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT body || ((10 - sum(CASE WHEN (length(body) - i) % 2 = 0
                               THEN (2 * substr(body, i, 1)::int) - CASE WHEN substr(body, i, 1)::int > 4 THEN 9 ELSE 0 END
                               ELSE substr(body, i, 1)::int END) % 10) % 10)::text
  FROM generate_series(1, length(body)) i
$$;

-- The desk: seven departments; twenty categories, each with the department that usually owns it
-- (85 % go there, the rest anywhere: transfers, the rules' exceptions), drawn with a skew (the first
-- categories are the big ones), 3 % uncategorised; thirty root causes, five likely ones per category.
CREATE TEMP TABLE bench_desk AS SELECT
  ARRAY['Financeiro','Logística','Técnico','Comercial','Atendimento','Ouvidoria','Jurídico'] AS departments,
  ARRAY['cobranca','entrega','defeito','cancelamento','reembolso','atraso','troca','fatura','atendimento',
        'cadastro','garantia','instalacao','aplicativo','senha','contrato','portabilidade','propaganda',
        'juros','privacidade','procon'] AS categories,
  ARRAY[1,2,3,4,1,2,2,1,5,5,3,3,3,5,4,4,4,1,7,6] AS home,
  ARRAY['cobranca-duplicada','tarifa-nao-informada','estorno-atrasado','transportadora-atrasou',
        'endereco-incorreto','extravio','produto-com-defeito','erro-de-montagem','falta-de-peca',
        'retencao-insistente','multa-rescisoria','sistema-fora-do-ar','prazo-de-reembolso','meio-de-pagamento',
        'estoque-divergente','atendente-sem-informacao','tempo-de-espera','cadastro-desatualizado',
        'garantia-negada','tecnico-nao-compareceu','agendamento','app-travando','bloqueio-de-acesso',
        'clausula-contratual','portabilidade-negada','oferta-enganosa','juros-abusivos','vazamento-de-dados',
        'reclamacao-procon','sem-causa-identificada'] AS root_causes,
  -- SLA targets per priority P1..P4, business minutes (first response, resolution)
  ARRAY[60, 240, 480, 960] AS first_response_target,
  ARRAY[480, 1440, 2880, 5760] AS resolution_target,
  -- median minutes to first response per priority, and the resolution's scale after it
  ARRAY[20, 60, 150, 300] AS response_median,
  ARRAY[0.3, 0.6, 1.0, 1.5] AS resolution_scale;

-- The random draws of each case, from its opening (uniform over the window: from the first day's
-- midnight in São Paulo to now) to the tail of its times.
CREATE TEMP TABLE bench_draw AS
SELECT g, w.start + random() * (w.until - w.start) AS opened_at, w.until,
       random() AS r_category, random() AS r_home, random() AS r_department, random() AS r_channel,
       random() AS r_priority, random() AS r_agent, random() AS r_cause,
       random() AS r_responds, 1 - random() AS u1, random() AS u2,
       random() AS r_resolves, 1 - random() AS u3, random() AS u4,
       random() AS r_reopens, 1 - random() AS u5, random() AS u6,
       random() AS r_touch, random() AS r_escalates, random() AS r_escalated_at,
       -- the classification rules' tags (rules/classification/tags.drl.csv), each drawn on its own
       array_remove(ARRAY[CASE WHEN random() < 0.10 THEN 'reincidente' END, CASE WHEN random() < 0.08 THEN 'anonimo' END,
                          CASE WHEN random() < 0.05 THEN 'vip' END, CASE WHEN random() < 0.03 THEN 'procon' END,
                          CASE WHEN random() < 0.02 THEN 'consumidor-gov' END], NULL) AS tags
FROM generate_series(1, :cases) g,
     (SELECT ((now() AT TIME ZONE 'America/Sao_Paulo')::date - (:days - 1))::timestamp AT TIME ZONE 'America/Sao_Paulo' AS start,
             now() AS until) w;

-- Each case's dimensions and its service times in calendar minutes (NULL: never happens).
CREATE TEMP TABLE bench_shape AS
SELECT d.*, c.cat, p.prio,
       CASE WHEN c.cat = 0 THEN '' ELSE k.categories[c.cat] END AS category,
       CASE WHEN c.cat = 0 THEN 'Atendimento'
            WHEN d.r_home < 0.85 THEN k.departments[k.home[c.cat]]
            ELSE k.departments[1 + floor(d.r_department * 7)::int] END AS department,
       CASE WHEN d.r_channel < 0.45 THEN 'WEB_FORM' WHEN d.r_channel < 0.75 THEN 'EMAIL' ELSE 'PHONE' END AS channel,
       'P' || p.prio AS priority,
       k.root_causes[1 + ((greatest(c.cat, 1) - 1) * 3 + floor(d.r_cause ^ 2 * 5)::int) % 30] AS root_cause,
       CASE WHEN d.r_responds < 0.95
            THEN pg_temp.lognormal(k.response_median[p.prio], 1.8, d.u1, d.u2) END AS response_after,
       CASE WHEN d.r_resolves < 0.92
            THEN pg_temp.lognormal(1440 * k.resolution_scale[p.prio], 1.2, d.u3, d.u4) END AS resolution_extra,
       CASE WHEN d.r_reopens < 0.06 THEN pg_temp.lognormal(1440, 1.0, d.u5, d.u6) END AS reopen_extra,
       CASE WHEN d.r_escalates < CASE p.prio WHEN 1 THEN 0.25 ELSE 0.06 END
            THEN round(d.r_escalated_at * 4320)::bigint END AS escalated_after,
       k.first_response_target[p.prio] AS first_response_target,
       k.resolution_target[p.prio] AS resolution_target
FROM bench_draw d, bench_desk k,
     LATERAL (SELECT CASE WHEN d.r_category < 0.03 THEN 0
                          ELSE 1 + floor(20 * ((d.r_category - 0.03) / 0.97) ^ 2)::int END AS cat) c,
     LATERAL (SELECT CASE WHEN d.r_priority < 0.05 THEN 1 WHEN d.r_priority < 0.20 THEN 2
                          WHEN d.r_priority < 0.70 THEN 3 ELSE 4 END AS prio) p;
DROP TABLE bench_draw;

-- When each event happens (NULL: never), from the drawn times in calendar minutes.
CREATE TEMP TABLE bench_when AS
SELECT s.*,
       s.opened_at + s.response_after * interval '1 minute' AS responded_at,
       s.opened_at + (s.response_after + s.resolution_extra) * interval '1 minute' AS first_resolved_at,
       s.opened_at + (s.response_after + s.resolution_extra + s.reopen_extra / 2) * interval '1 minute' AS reopened_at,
       s.opened_at + (s.response_after + s.resolution_extra + s.reopen_extra) * interval '1 minute' AS resolved_again_at,
       s.opened_at + s.escalated_after * interval '1 minute' AS escalated_at
FROM bench_shape s;
DROP TABLE bench_shape;

-- The facts the KPIs count, one row per case: which events have happened by now, on which day, and
-- their times. Business minutes are taken as 30 % of calendar minutes (a 10-hour working day, five days
-- a week). A reopened case is reopened halfway to its second resolution; its standing resolution is
-- the second one (the first is taken back), and the resolution and legal clocks stopped at the first.
CREATE TEMP TABLE bench_case AS
SELECT w.g, w.opened_at, w.department, w.channel, w.category, w.priority, w.root_cause,
       lower(left(w.department, 3)) || '-agente-' || (1 + floor(w.r_agent * 5)::int) AS assignee,
       w.escalated_after IS NOT NULL AND h.responded AND w.escalated_after >= w.response_after AS escalated_assigned,
       w.tags,
       pg_temp.desk_day(w.opened_at) AS opened_day,
       CASE WHEN h.responded THEN pg_temp.desk_day(w.responded_at) END AS response_day,
       w.response_after AS response_minutes, round(w.response_after * 0.3)::bigint AS response_business,
       round(w.response_after * 0.3) <= w.first_response_target AS response_in_time,
       CASE WHEN h.first_resolved THEN pg_temp.desk_day(w.first_resolved_at) END AS first_resolution_day,
       w.response_after + w.resolution_extra AS first_resolution_minutes,
       round((w.response_after + w.resolution_extra) * 0.3)::bigint AS first_resolution_business,
       round((w.response_after + w.resolution_extra) * 0.3) <= w.resolution_target AS resolution_in_time,
       w.response_after + w.resolution_extra <= 7 * 1440 AS legal_in_time,
       h.reopened, w.r_touch < 0.4 AND NOT h.reopened AS one_touch,
       CASE WHEN h.first_resolved AND NOT h.reopened THEN pg_temp.desk_day(w.first_resolved_at)
            WHEN h.resolved_again THEN pg_temp.desk_day(w.resolved_again_at) END AS resolved_day,
       CASE WHEN h.reopened THEN w.response_after + w.resolution_extra + w.reopen_extra
            ELSE w.response_after + w.resolution_extra END AS resolution_minutes,
       round(CASE WHEN h.reopened THEN w.response_after + w.resolution_extra + w.reopen_extra
                  ELSE w.response_after + w.resolution_extra END * 0.3)::bigint AS resolution_business,
       -- requester wait: the desk owed the next move for about 70 % of the time to the resolution
       round(CASE WHEN h.reopened THEN w.response_after + w.resolution_extra + w.reopen_extra
                  ELSE w.response_after + w.resolution_extra END * 0.7)::bigint AS requester_wait,
       CASE WHEN h.escalated THEN pg_temp.desk_day(w.escalated_at) END AS escalated_day,
       h.responded, h.first_resolved, h.resolved_again,
       w.first_response_target, w.resolution_target
FROM bench_when w,
     LATERAL (SELECT coalesce(w.responded_at <= w.until, false) AS responded,
                     coalesce(w.first_resolved_at <= w.until, false) AS first_resolved,
                     coalesce(w.reopened_at <= w.until, false) AS reopened,
                     coalesce(w.resolved_again_at <= w.until, false) AS resolved_again,
                     coalesce(w.escalated_at <= w.until, false) AS escalated) h;
DROP TABLE bench_when;

-- The cases themselves, in the real table: what a desk of this size holds (the report does not read
-- them: that is the point of the daily rows). Status from the events that happened; ids and protocol
-- numbers far from those the server draws.
INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, subject, description,
    category, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,
    sla_legal_days, legal_deadline, rule_set_version, fired_rules, opened_at, version, assignee,
    resolution_code, root_cause, escalation_level)
  SELECT 1000000000 + g, pg_temp.protocol('1999' || lpad(g::text, 9, '0')), channel,
    'Cliente ' || g, 'cliente' || g || '@bench.test', 'Reclamação ' || g,
    'Reclamação de ' || coalesce(nullif(category, ''), 'assunto geral') || ' (pedido ' || g || ')',
    nullif(category, ''), department, priority,
    CASE WHEN resolved_day IS NOT NULL AND resolved_day < current_date - 7 THEN 'CLOSED'
         WHEN resolved_day IS NOT NULL THEN 'RESOLVED'
         WHEN reopened THEN 'REOPENED'
         WHEN responded THEN (ARRAY['IN_PROGRESS', 'IN_PROGRESS', 'PENDING_CUSTOMER'])[1 + g % 3]
         ELSE (ARRAY['NEW', 'ASSIGNED'])[1 + g % 2] END,
    first_response_target, resolution_target, 7, opened_at + interval '7 days', 'v1 sha256:0123456789ab',
    'bench', opened_at, 1, CASE WHEN responded THEN assignee END,
    CASE WHEN resolved_day IS NOT NULL THEN 'resolvido' END,
    CASE WHEN resolved_day IS NOT NULL THEN root_cause END,
    CASE WHEN escalated_day IS NOT NULL THEN 1 ELSE 0 END
  FROM bench_case;

-- Whose each event is (the `agent` of the key): nobody's at the opening, the assignee's for replies
-- and resolutions, an escalation the assignee's if someone had the case by then.
CREATE TEMP VIEW bench_opening AS SELECT *, ''::varchar AS agent FROM bench_case;
CREATE TEMP VIEW bench_worked AS SELECT *, assignee AS agent FROM bench_case;
CREATE TEMP VIEW bench_escalation AS
  SELECT *, CASE WHEN escalated_assigned THEN assignee ELSE '' END AS agent FROM bench_case;

-- The daily rows: one statement per kind of event, each adding to the row of the event's day and the
-- case's key (ON CONFLICT on the primary key, so the statements add up like the ledger's increments).
INSERT INTO kpi_daily (report_day, :key_columns, opened, contacts)
  SELECT opened_day, :key_columns, count(*), count(*) FROM bench_opening
  GROUP BY opened_day, :key_columns
  ON CONFLICT ON CONSTRAINT pk_kpi_daily DO UPDATE SET opened = kpi_daily.opened + EXCLUDED.opened,
    contacts = kpi_daily.contacts + EXCLUDED.contacts;

INSERT INTO kpi_daily (report_day, :key_columns, first_responses, first_response_minutes,
    first_response_business_minutes, first_response_met, first_response_breached)
  SELECT response_day, :key_columns, count(*), sum(response_minutes), sum(response_business),
         count(*) FILTER (WHERE response_in_time), count(*) FILTER (WHERE NOT response_in_time)
  FROM bench_worked WHERE response_day IS NOT NULL
  GROUP BY response_day, :key_columns
  ON CONFLICT ON CONSTRAINT pk_kpi_daily DO UPDATE SET
    first_responses = kpi_daily.first_responses + EXCLUDED.first_responses,
    first_response_minutes = kpi_daily.first_response_minutes + EXCLUDED.first_response_minutes,
    first_response_business_minutes = kpi_daily.first_response_business_minutes + EXCLUDED.first_response_business_minutes,
    first_response_met = kpi_daily.first_response_met + EXCLUDED.first_response_met,
    first_response_breached = kpi_daily.first_response_breached + EXCLUDED.first_response_breached;

-- First resolutions: their time, FCR (one-touch, taken back on reopen), the reopen counted on the first
-- resolution's day, and the resolution and legal clocks, which stop there.
INSERT INTO kpi_daily (report_day, :key_columns, first_resolutions, first_resolution_minutes,
    first_resolution_business_minutes, one_touch, reopened, resolution_met, resolution_breached,
    legal_met, legal_breached)
  SELECT first_resolution_day, :key_columns, count(*), sum(first_resolution_minutes), sum(first_resolution_business),
         count(*) FILTER (WHERE one_touch), count(*) FILTER (WHERE reopened),
         count(*) FILTER (WHERE resolution_in_time), count(*) FILTER (WHERE NOT resolution_in_time),
         count(*) FILTER (WHERE legal_in_time), count(*) FILTER (WHERE NOT legal_in_time)
  FROM bench_worked WHERE first_resolution_day IS NOT NULL
  GROUP BY first_resolution_day, :key_columns
  ON CONFLICT ON CONSTRAINT pk_kpi_daily DO UPDATE SET
    first_resolutions = kpi_daily.first_resolutions + EXCLUDED.first_resolutions,
    first_resolution_minutes = kpi_daily.first_resolution_minutes + EXCLUDED.first_resolution_minutes,
    first_resolution_business_minutes = kpi_daily.first_resolution_business_minutes + EXCLUDED.first_resolution_business_minutes,
    one_touch = kpi_daily.one_touch + EXCLUDED.one_touch,
    reopened = kpi_daily.reopened + EXCLUDED.reopened,
    resolution_met = kpi_daily.resolution_met + EXCLUDED.resolution_met,
    resolution_breached = kpi_daily.resolution_breached + EXCLUDED.resolution_breached,
    legal_met = kpi_daily.legal_met + EXCLUDED.legal_met,
    legal_breached = kpi_daily.legal_breached + EXCLUDED.legal_breached;

-- Standing resolutions (full resolution time: the last one) and their requester wait.
INSERT INTO kpi_daily (report_day, :key_columns, resolved, resolution_minutes, resolution_business_minutes,
    requester_waits, requester_wait_minutes)
  SELECT resolved_day, :key_columns, count(*), sum(resolution_minutes), sum(resolution_business),
         count(*), sum(requester_wait)
  FROM bench_worked WHERE resolved_day IS NOT NULL
  GROUP BY resolved_day, :key_columns
  ON CONFLICT ON CONSTRAINT pk_kpi_daily DO UPDATE SET
    resolved = kpi_daily.resolved + EXCLUDED.resolved,
    resolution_minutes = kpi_daily.resolution_minutes + EXCLUDED.resolution_minutes,
    resolution_business_minutes = kpi_daily.resolution_business_minutes + EXCLUDED.resolution_business_minutes,
    requester_waits = kpi_daily.requester_waits + EXCLUDED.requester_waits,
    requester_wait_minutes = kpi_daily.requester_wait_minutes + EXCLUDED.requester_wait_minutes;

INSERT INTO kpi_daily (report_day, :key_columns, escalated)
  SELECT escalated_day, :key_columns, count(*) FROM bench_escalation WHERE escalated_day IS NOT NULL
  GROUP BY escalated_day, :key_columns
  ON CONFLICT ON CONSTRAINT pk_kpi_daily DO UPDATE SET escalated = kpi_daily.escalated + EXCLUDED.escalated;

-- The histograms for medians and p90: TimeBuckets' bounds (bucket 0 below 15 min, 12 from 14 days).
INSERT INTO kpi_daily_time (report_day, :key_columns, series, bucket, cases)
  SELECT t.day, :key_columns, t.series, b.bucket, count(*)
  FROM bench_worked,
       LATERAL (VALUES (response_day, 'FIRST_RESPONSE_MINUTES', response_minutes),
                       (response_day, 'FIRST_RESPONSE_BUSINESS_MINUTES', response_business),
                       (resolved_day, 'RESOLUTION_MINUTES', resolution_minutes),
                       (resolved_day, 'RESOLUTION_BUSINESS_MINUTES', resolution_business),
                       (resolved_day, 'REQUESTER_WAIT_MINUTES', requester_wait)) AS t (day, series, minutes),
       LATERAL (SELECT width_bucket(t.minutes, ARRAY[15, 30, 60, 120, 240, 480, 960, 1440, 2880, 5760, 10080, 20160]::bigint[])
                AS bucket) b
  WHERE t.day IS NOT NULL
  GROUP BY t.day, :key_columns, t.series, b.bucket;

INSERT INTO kpi_daily_root_cause (report_day, :key_columns, root_cause, resolved)
  SELECT resolved_day, :key_columns, root_cause, count(*) FROM bench_worked WHERE resolved_day IS NOT NULL
  GROUP BY resolved_day, :key_columns, root_cause;

INSERT INTO kpi_daily_tag (report_day, :key_columns, tag, opened)
  SELECT opened_day, :key_columns, tag, count(*) FROM bench_opening, unnest(tags) AS tag
  GROUP BY opened_day, :key_columns, tag;

-- The period before, as a copy of these rows :days days earlier (whole rows, whatever the columns).
SELECT :previous = 1 AS copy_previous \gset
\if :copy_previous
CREATE TEMP TABLE bench_copy AS SELECT * FROM kpi_daily;
UPDATE bench_copy SET report_day = report_day - :days;
INSERT INTO kpi_daily SELECT * FROM bench_copy;
DROP TABLE bench_copy;
CREATE TEMP TABLE bench_copy AS SELECT * FROM kpi_daily_time;
UPDATE bench_copy SET report_day = report_day - :days;
INSERT INTO kpi_daily_time SELECT * FROM bench_copy;
DROP TABLE bench_copy;
CREATE TEMP TABLE bench_copy AS SELECT * FROM kpi_daily_root_cause;
UPDATE bench_copy SET report_day = report_day - :days;
INSERT INTO kpi_daily_root_cause SELECT * FROM bench_copy;
DROP TABLE bench_copy;
CREATE TEMP TABLE bench_copy AS SELECT * FROM kpi_daily_tag;
UPDATE bench_copy SET report_day = report_day - :days;
INSERT INTO kpi_daily_tag SELECT * FROM bench_copy;
DROP TABLE bench_copy;
\endif

-- The roll-ups by department and channel (V35), summed from the detailed rows as the migration's
-- back-fill does; the ledger keeps both in the event's transaction.
\ir kpi-rollup-fill.sql

-- A table the ledger fills day after day lies in day order, and autovacuum lets later increments reuse
-- the space of earlier row versions; the upserts above left each row's versions behind instead (the
-- tables were about twice their size). CLUSTER on the primary key (report_day first) gives the layout
-- of a table that grew with the days.
VACUUM ANALYZE complaint_case;
CLUSTER kpi_daily USING pk_kpi_daily;
CLUSTER kpi_daily_time USING pk_kpi_daily_time;
CLUSTER kpi_daily_root_cause USING pk_kpi_daily_root_cause;
CLUSTER kpi_daily_tag USING pk_kpi_daily_tag;
VACUUM ANALYZE kpi_daily;
VACUUM ANALYZE kpi_daily_time;
VACUUM ANALYZE kpi_daily_root_cause;
VACUUM ANALYZE kpi_daily_tag;
