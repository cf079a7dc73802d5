-- Files customers send with a contact (email attachments), kept with the case.
CREATE SEQUENCE case_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_attachment (
    id            BIGINT PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES complaint_case (id),
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(127)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BYTEA         NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);
