-- Each history entry draws its id from a block a node preallocates; EclipseLink takes a lock that every
-- writer on the node waits for while a block is refilled. The escalation sweeper writes one entry per
-- checkpoint on several lanes at once (issue 6, docs/benchmarks.md section 7), so blocks of 500 instead of
-- 50 make those waits ten times rarer. The increment must equal CaseEvent's allocationSize. Blocks handed
-- out before this change stay below every block handed out after it, so no id is issued twice.
ALTER SEQUENCE case_event_seq INCREMENT BY 500;
