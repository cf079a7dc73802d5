-- The outbox: mail written in the transaction that caused it and sent later, so an SMTP outage delays
-- mail but never loses it. Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outgoing_mail (
    id                 BIGINT PRIMARY KEY,
    protocol           VARCHAR(14)   NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    recipient          VARCHAR(254)  NOT NULL,
    subject            VARCHAR(998)  NOT NULL,
    body               VARCHAR       NOT NULL,
    message_id         VARCHAR(250)  NOT NULL,
    in_reply_to        VARCHAR(998),
    references_header  VARCHAR,
    extra_headers      VARCHAR,
    status             VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error         VARCHAR(2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_outgoing_mail_message_id UNIQUE (message_id)
);
-- The dispatcher's claim: pending rows by due time. A partial index (WHERE status = 'PENDING') would be
-- smaller on PostgreSQL, but H2 does not accept one; with status first, this index serves the claim
-- as a range scan in due order on both.
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
CREATE INDEX ix_outgoing_mail_protocol ON outgoing_mail (protocol);
