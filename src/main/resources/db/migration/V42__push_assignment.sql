-- Push assignment (issue 19): a department hands out its cases by pull (agents claim from the queue, as
-- before: every existing department stays so) or push (its strategy assigns each case on arrival, and
-- the oldest waiting case to whoever frees up); each agent takes pushed cases only up to a cap on their
-- open cases, 10 unless a supervisor sets another. The queue and the open counts are read with the
-- existing indexes on complaint_case (department, status) and (assignee, status).
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE department_assignment ADD COLUMN assignment_mode VARCHAR(8) DEFAULT 'PULL' NOT NULL;

ALTER TABLE staff_member ADD COLUMN case_cap INTEGER DEFAULT 10 NOT NULL;
