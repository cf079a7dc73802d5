-- The department staff workspace: who works a case and how it ended, the values an event changed,
-- the directory of staff (departments, skills, presence) and each department's assignment strategy.
ALTER TABLE complaint_case ADD COLUMN assignee VARCHAR(120);
ALTER TABLE complaint_case ADD COLUMN resolution_code VARCHAR(80);
ALTER TABLE complaint_case ADD COLUMN root_cause VARCHAR(80);
ALTER TABLE complaint_case ADD COLUMN merged_into VARCHAR(14);
CREATE INDEX ix_case_assignee_status ON complaint_case (assignee, status);

ALTER TABLE case_event ADD COLUMN value_before VARCHAR(300);
ALTER TABLE case_event ADD COLUMN value_after VARCHAR(300);

-- Staff as the application knows them: filled when a user signs in (their departments and roles come
-- from the identity provider's groups); skills and absence are kept by supervisors.
CREATE TABLE staff_member (
    username     VARCHAR(120) PRIMARY KEY,
    departments  VARCHAR(2000),
    skills       VARCHAR(2000),
    agent        BOOLEAN      NOT NULL,
    absent       BOOLEAN      NOT NULL,
    last_seen    TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);

CREATE TABLE department_assignment (
    department     VARCHAR(80)  PRIMARY KEY,
    strategy       VARCHAR(20)  NOT NULL,
    last_assignee  VARCHAR(120),
    version        BIGINT       NOT NULL
);
