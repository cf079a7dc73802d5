-- The repeat-contact lookup at intake (has this customer opened a case since a day?) asks for a customer's
-- e-mail or phone and an opening time together, as ix_case_customer_cpf already serves the CPF. With the
-- e-mail and phone indexed alone, the only index that held the opening time was ix_case_opened_at, and
-- PostgreSQL, whose statistics lag behind a table that grows at its newest end, read every recent case for
-- each complaint through it (15 ms per complaint with 3,500 recent cases, seen in the retention benchmark,
-- docs/benchmarks.md section 11). Both columns in one index answer it from the customer's own entries.
DROP INDEX ix_case_customer_email;
CREATE INDEX ix_case_customer_email ON complaint_case (customer_email, opened_at);
DROP INDEX ix_case_customer_phone;
CREATE INDEX ix_case_customer_phone ON complaint_case (customer_phone, opened_at);
