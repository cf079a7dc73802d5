-- Triagem schema, version 1. Written in the SQL that PostgreSQL and H2 (MODE=PostgreSQL) both accept,
-- so production and the embedded development database run the very same migrations.

-- Protocol numbers: one sequence shared by every node, so numbers never collide.
CREATE SEQUENCE protocol_seq START WITH 1 INCREMENT BY 1;
-- Entity ids, allocated 50 at a time by EclipseLink (allocationSize = 50). EclipseLink reads the
-- value it gets as the top of a block of 50, so the first value must be at least 50.
CREATE SEQUENCE case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quarantine_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE complaint_case (
    id                          BIGINT PRIMARY KEY,
    protocol                    VARCHAR(14)  NOT NULL,
    channel                     VARCHAR(16)  NOT NULL,
    customer_name               VARCHAR(200),
    customer_email              VARCHAR(254),
    customer_phone              VARCHAR(32),
    customer_cpf                VARCHAR(11),
    subject                     VARCHAR(300),
    description                 VARCHAR      NOT NULL,
    category                    VARCHAR(80),
    tags                        VARCHAR,
    department                  VARCHAR(80)  NOT NULL,
    priority                    VARCHAR(2)   NOT NULL,
    status                      VARCHAR(32)  NOT NULL,
    sla_first_response_minutes  INTEGER      NOT NULL,
    sla_resolution_minutes      INTEGER      NOT NULL,
    sla_legal_days              INTEGER      NOT NULL,
    legal_deadline              TIMESTAMP WITH TIME ZONE NOT NULL,
    rule_set_version            VARCHAR(80)  NOT NULL,
    fired_rules                 VARCHAR,
    routing_fallback_reason     VARCHAR(2000),
    opened_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT       NOT NULL,
    CONSTRAINT uq_case_protocol UNIQUE (protocol)
);
CREATE INDEX ix_case_department_status ON complaint_case (department, status);
CREATE INDEX ix_case_customer_email ON complaint_case (customer_email);

CREATE TABLE case_event (
    id             BIGINT PRIMARY KEY,
    case_id        BIGINT       NOT NULL REFERENCES complaint_case (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(120) NOT NULL,
    type           VARCHAR(32)  NOT NULL,
    status_before  VARCHAR(32),
    status_after   VARCHAR(32),
    detail         VARCHAR(2000)
);
CREATE INDEX ix_case_event_case ON case_event (case_id);

-- A contact is registered once per source key (form token, mail UID, webhook event id). The row is
-- written in the same transaction as the case, so a retried delivery finds it and opens nothing.
CREATE TABLE intake_receipt (
    channel      VARCHAR(16)  NOT NULL,
    source_key   VARCHAR(200) NOT NULL,
    case_id      BIGINT       NOT NULL REFERENCES complaint_case (id),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel, source_key)
);

-- Contacts that could not be registered: the raw payload and the reason are kept for replay.
CREATE TABLE quarantine (
    id               BIGINT PRIMARY KEY,
    channel          VARCHAR(16)  NOT NULL,
    source_key       VARCHAR(200),
    payload          VARCHAR      NOT NULL,
    reason           VARCHAR(4000) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replayed_at      TIMESTAMP WITH TIME ZONE,
    replayed_case    VARCHAR(14),
    version          BIGINT       NOT NULL
);
