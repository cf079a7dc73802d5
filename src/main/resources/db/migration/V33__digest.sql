-- The root-cause digest to the departments' supervisors (docs/digest.md). Same SQL for H2
-- (MODE=PostgreSQL) and PostgreSQL.

-- One row per digest sent: a (department, period) is sent once, whichever node gets there first. The
-- node inserts the row with INSERT ... ON CONFLICT DO NOTHING and queues the mail in the same
-- transaction; a second node (or a second request) inserts nothing and queues nothing. If the
-- transaction rolls back, the row goes with it and the next round tries again.
CREATE TABLE digest_run (
    department    VARCHAR(120) NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    sent_by       VARCHAR(120) NOT NULL,
    recipients    INTEGER      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_digest_run PRIMARY KEY (department, period_start, period_end)
);

-- A digest is the only mail with an HTML alternative so far: the text body stays the plain part, this
-- column (null for every other mail) the HTML part of a multipart/alternative message.
ALTER TABLE outgoing_mail ADD COLUMN html_body VARCHAR;

-- The digest's list of breached cases: clocks that ended late in the period. Breached first (an
-- equality), then the stop time (a range), so only breached clocks are read.
CREATE INDEX ix_sla_clock_breached_stopped ON sla_clock (breached, stopped_at);

-- The digest's detractors' comments: surveys answered in the period.
CREATE INDEX ix_survey_answered ON survey (answered_at);
