-- Staff replies and internal notes join the customer's messages on a case, and every message keeps the
-- mail Message-ID it came or went with, so a staff reply can thread under the customer's last mail.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
ALTER TABLE case_message ADD COLUMN kind VARCHAR(16) DEFAULT 'CUSTOMER' NOT NULL;
ALTER TABLE case_message ADD COLUMN author VARCHAR(120);
ALTER TABLE case_message ADD COLUMN mail_message_id VARCHAR(998);
-- An internal note reaches no one, and a reply to a customer without an address is only recorded.
ALTER TABLE case_message ALTER COLUMN channel DROP NOT NULL;

-- The Message-ID of the mail that opened the case (null for other channels).
ALTER TABLE complaint_case ADD COLUMN mail_message_id VARCHAR(998);

-- A notice to a sender whose mail could not become a case (too large) belongs to no case.
ALTER TABLE outgoing_mail ALTER COLUMN protocol DROP NOT NULL;
