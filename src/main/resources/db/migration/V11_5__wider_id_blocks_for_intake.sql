-- Every case opened takes about fourteen ids (the case, its first history line, three SLA clocks, nine
-- checkpoints). In blocks of 50 a node went back to PostgreSQL every five cases, and under load every
-- request thread queued behind the one refilling the block (EclipseLink holds one lock per sequence
-- while it fetches). Blocks of 500 refill ten times less often. Each node still takes whole blocks
-- from the shared sequence, so ids never collide between nodes. The entities' allocationSize must equal
-- these increments (Case, CaseEvent, SlaClock, SlaCheckpoint): deploy this with the code that says 500,
-- and stop nodes that still allocate by 50 before it runs.
-- Each sequence is moved on by one old block first: EclipseLink reads a block as the 500 values that end
-- at nextval(), so the next nextval() must be at least 500 past any id already handed out (and past 0
-- on a new database, where the sequence has not been called yet).
SELECT nextval('case_seq'), nextval('case_event_seq'), nextval('sla_clock_seq'), nextval('sla_checkpoint_seq');
ALTER SEQUENCE case_seq INCREMENT BY 500;
ALTER SEQUENCE case_event_seq INCREMENT BY 500;
ALTER SEQUENCE sla_clock_seq INCREMENT BY 500;
ALTER SEQUENCE sla_checkpoint_seq INCREMENT BY 500;
