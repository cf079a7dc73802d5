-- The daily limit of automatic replies counts an address's automatic mail of the day in every
-- registering transaction of a contact with an email address. Migration 20 indexed the expression
-- the count compared, lower(recipient), on PostgreSQL only: H2 has no expression indexes, so on the
-- embedded database the count still read the whole outbox, and each web-form complaint cost more than
-- the one before (p99 180 ms at 70 % of saturation, docs/benchmarks.md section 3). The address as
-- compared is now a column of its own, written by OutgoingMail, and one plain index serves both
-- databases.
ALTER TABLE outgoing_mail ADD COLUMN recipient_key VARCHAR(254);
UPDATE outgoing_mail SET recipient_key = LOWER(recipient);
ALTER TABLE outgoing_mail ALTER COLUMN recipient_key SET NOT NULL;
CREATE INDEX ix_outgoing_mail_recipient_key ON outgoing_mail (recipient_key, created_at);
DROP INDEX ix_outgoing_mail_recipient;
