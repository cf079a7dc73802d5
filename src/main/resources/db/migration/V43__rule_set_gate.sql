-- The gate a rule-set version passes (docs/rules.md, "The gate"): the server's scenarios a proposal
-- dropped, with the reason it gave, and the second analyst who approved activating a red version.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE rule_set_version ADD COLUMN removed_scenarios VARCHAR(4000);
ALTER TABLE rule_set_version ADD COLUMN scenario_removal_reason VARCHAR(2000);
ALTER TABLE rule_set_version ADD COLUMN approved_by VARCHAR(120);
ALTER TABLE rule_set_version ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
