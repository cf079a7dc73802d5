-- What the consumer picked at intake (the web form's category, the phone menu's option), kept with the
-- case so that the rules read the same complaint when the case is re-timed, transferred or owed a
-- call-back (issue 18). Cases opened before this migration have neither: nobody kept them.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE complaint_case ADD COLUMN category_hint VARCHAR(80);
ALTER TABLE complaint_case ADD COLUMN ivr_choice VARCHAR(100);
