-- The data subjects' requests (docs/privacy.md): the customer's history under Decreto 11.034/2022
-- Art. 12 (5 calendar days) and the LGPD access declaration, Art. 18 II and 19 (15 days). Each request
-- is a tracked item with its own clock: next_check_at is its next escalation checkpoint (80 % of the
-- clock, then the deadline, then every day while it stays open), claimed by the sweeper with
-- FOR UPDATE SKIP LOCKED and leased like sla_checkpoint. The subject is stored hashed (to find the
-- requests of one subject) and masked (to show), never in clear; the protocol it was verified with
-- leads to the customer's data. Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE subject_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subject_request_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE subject_request (
    id                BIGINT PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    protocol          VARCHAR(14)  NOT NULL,
    subject_hash      VARCHAR(64)  NOT NULL,
    subject_masked    VARCHAR(120) NOT NULL,
    registered_by     VARCHAR(120) NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    fulfilled_at      TIMESTAMP WITH TIME ZONE,
    fulfilled_by      VARCHAR(120),
    delivery          VARCHAR(16),
    escalation_level  INTEGER      NOT NULL,
    next_check_at     TIMESTAMP WITH TIME ZONE,
    leased_until      TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL
);
-- The sweeper's claim: open requests by their next checkpoint.
CREATE INDEX ix_subject_request_check ON subject_request (next_check_at);
CREATE INDEX ix_subject_request_subject ON subject_request (subject_hash);
CREATE INDEX ix_subject_request_received ON subject_request (received_at);

CREATE TABLE subject_request_event (
    id           BIGINT PRIMARY KEY,
    request_id   BIGINT       NOT NULL REFERENCES subject_request (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(120) NOT NULL,
    type         VARCHAR(16)  NOT NULL,
    detail       VARCHAR(1000)
);
CREATE INDEX ix_subject_request_event_request ON subject_request_event (request_id);

-- Who looked at or exported whose data, and who corrected it: the DPO's audit list. The subject as above.
CREATE SEQUENCE subject_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE subject_audit (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(120) NOT NULL,
    action          VARCHAR(24)  NOT NULL,
    subject_hash    VARCHAR(64)  NOT NULL,
    subject_masked  VARCHAR(120) NOT NULL,
    detail          VARCHAR(1000)
);
CREATE INDEX ix_subject_audit_at ON subject_audit (occurred_at);
