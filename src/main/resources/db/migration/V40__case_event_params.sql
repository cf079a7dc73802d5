-- What each history entry says happened, as codes and values (issue 19): a JSON object of texts, such
-- as {"cause":"CLAIMED","agent":"fabio"} or {"clocks":"FIRST_RESPONSE","FIRST_RESPONSE.due":"...",
-- "FIRST_RESPONSE.late":"false"}. The staff page words it in its reader's language; the English detail
-- column stays for logs and reports. Rows written before this migration have none and are shown with a
-- label per type. Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE case_event ADD COLUMN params VARCHAR;
