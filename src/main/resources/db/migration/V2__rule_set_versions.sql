-- Rule-set versions: the whole rules tree, compiled and tested together, stored so that every node
-- runs the same rules and any earlier version can be reactivated. Same SQL for H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- The id is the version number analysts see (v1, v2, ...), so it is allocated one at a time.
CREATE SEQUENCE rule_set_version_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE rule_set_version (
    id                  BIGINT PRIMARY KEY,
    checksum            VARCHAR(64)   NOT NULL,
    author              VARCHAR(120)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    comment             VARCHAR(2000),
    -- A zip of the rule files and the scenario files the version was tested with.
    files               BYTEA         NOT NULL,
    valid               BOOLEAN       NOT NULL,
    validated_at        TIMESTAMP WITH TIME ZONE,
    last_activated_at   TIMESTAMP WITH TIME ZONE,
    last_activated_by   VARCHAR(120),
    override_reason     VARCHAR(2000),
    override_by         VARCHAR(120),
    override_at         TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_rule_set_version_checksum ON rule_set_version (checksum);

-- Compile errors, by file and line (or spreadsheet row).
CREATE TABLE rule_set_problem (
    rule_set_id  BIGINT        NOT NULL REFERENCES rule_set_version (id),
    ordinal      INTEGER       NOT NULL,
    file         VARCHAR(300)  NOT NULL,
    line_number  INTEGER       NOT NULL,
    message      VARCHAR(4000) NOT NULL,
    PRIMARY KEY (rule_set_id, ordinal)
);

-- Scenario rows the version decided differently from what the analysts expect.
CREATE TABLE rule_set_scenario_failure (
    rule_set_id  BIGINT        NOT NULL REFERENCES rule_set_version (id),
    ordinal      INTEGER       NOT NULL,
    file         VARCHAR(300)  NOT NULL,
    scenario_row INTEGER       NOT NULL,
    field        VARCHAR(120)  NOT NULL,
    expected     VARCHAR(2000),
    actual       VARCHAR(2000),
    PRIMARY KEY (rule_set_id, ordinal)
);

-- Which version is active, cluster-wide: a single row, so an activation is one atomic update that
-- every node reads (and two concurrent activations serialise on the row lock).
CREATE TABLE active_rule_set (
    id             INTEGER PRIMARY KEY,
    rule_set_id    BIGINT  REFERENCES rule_set_version (id),
    activated_at   TIMESTAMP WITH TIME ZONE,
    activated_by   VARCHAR(120),
    CONSTRAINT ck_active_rule_set_single CHECK (id = 1)
);
INSERT INTO active_rule_set (id) VALUES (1);
