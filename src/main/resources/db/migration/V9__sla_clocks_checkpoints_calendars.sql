-- SLA clocks, their escalation checkpoints, and the departments' business calendars. Same SQL for H2
-- (MODE=PostgreSQL) and PostgreSQL, except the checkpoint claim index (a placeholder, below).

ALTER TABLE complaint_case ADD COLUMN escalation_level INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE sla_clock_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sla_checkpoint_seq START WITH 50 INCREMENT BY 50;

-- One row per clock of a case: FIRST_RESPONSE, RESOLUTION, LEGAL.
CREATE TABLE sla_clock (
    id                BIGINT PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES complaint_case (id),
    clock             VARCHAR(16)  NOT NULL,
    phase             VARCHAR(8)   NOT NULL,
    breached          BOOLEAN      NOT NULL,
    pausable          BOOLEAN      NOT NULL,
    target_minutes    BIGINT       NOT NULL,
    consumed_minutes  BIGINT       NOT NULL,
    running_since     TIMESTAMP WITH TIME ZONE NOT NULL,
    paused_at         TIMESTAMP WITH TIME ZONE,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at        TIMESTAMP WITH TIME ZONE,
    pause_count       INTEGER      NOT NULL,
    CONSTRAINT uq_sla_clock UNIQUE (case_id, clock)
);

-- Escalation checkpoints: open while fired_at is null. A (case, clock, level) fires once: the unique key
-- forbids a second row, and firing marks the row in the transaction that applies the escalation.
-- leased_until: a node that claimed the row is working on it until then (database time).
CREATE TABLE sla_checkpoint (
    id               BIGINT PRIMARY KEY,
    case_id          BIGINT       NOT NULL REFERENCES complaint_case (id),
    clock            VARCHAR(16)  NOT NULL,
    level            INTEGER      NOT NULL,
    percent_elapsed  INTEGER      NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at         TIMESTAMP WITH TIME ZONE,
    leased_until     TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(2000),
    CONSTRAINT uq_sla_checkpoint UNIQUE (case_id, clock, level)
);
-- The sweeper's claim, "open checkpoints due by now, in due order". On PostgreSQL a partial index on the
-- open rows' (due_at, id), which stays as small as the open rows however many have fired; H2 has no
-- partial indexes, so there it is (fired_at, due_at), an equality on NULL then a range
-- (DatabaseMigrations.placeholders).
CREATE INDEX ix_sla_checkpoint_open_due ON sla_checkpoint ${checkpoint_due_index};

-- Business calendars per department; the department '*' is the default for those without their own.
CREATE TABLE department_calendar (
    department  VARCHAR(80)  PRIMARY KEY,
    zone        VARCHAR(64)  NOT NULL,
    week        VARCHAR(400) NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE TABLE department_day_off (
    department  VARCHAR(80)  NOT NULL REFERENCES department_calendar (department),
    day_off     DATE         NOT NULL,
    name        VARCHAR(120) NOT NULL
);
CREATE INDEX ix_department_day_off ON department_day_off (department);

-- The national holidays are computed; these are the defaults besides them: Monday to Friday, 08:00-18:00
-- in São Paulo for everyone, and the same hours plus Saturday mornings for Ouvidoria.
INSERT INTO department_calendar (department, zone, week, version) VALUES
    ('*', 'America/Sao_Paulo',
     'MON 08:00-18:00, TUE 08:00-18:00, WED 08:00-18:00, THU 08:00-18:00, FRI 08:00-18:00', 1),
    ('Ouvidoria', 'America/Sao_Paulo',
     'MON 08:00-18:00, TUE 08:00-18:00, WED 08:00-18:00, THU 08:00-18:00, FRI 08:00-18:00, SAT 09:00-13:00', 1);
