-- Messages a customer sends about an existing case (replies by email, for a start), kept whole.
CREATE SEQUENCE case_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_message (
    id           BIGINT PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES complaint_case (id),
    channel      VARCHAR(16)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    subject      VARCHAR(300),
    body         VARCHAR      NOT NULL
);
CREATE INDEX ix_case_message_case ON case_message (case_id);
