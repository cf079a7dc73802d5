-- The daily limit of automatic replies counts an address's automatic mail of the day from the outbox
-- (OutgoingMail.countOfKindToSince, LOWER(recipient) = ? AND created_at >= ?) in every registering
-- transaction of a contact with an email address. Without an index that count read the whole outbox,
-- so each web-form complaint cost more than the one before (docs/benchmarks.md, section 3).
-- PostgreSQL takes the expression the query compares; H2 has no expression indexes, so there the
-- index is on the column as stored and the count still reads the rows (see DatabaseMigrations).
-- Numbered 20, not 11, so that parallel branches adding 11, 12, ... do not collide (out of order is on).
CREATE INDEX ix_outgoing_mail_recipient ON outgoing_mail ${outbox_recipient_index};
