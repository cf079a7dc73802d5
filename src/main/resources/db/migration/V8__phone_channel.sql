-- SAC phone channel (issue 5).

-- Decreto 11.034/2022: a dropped call must be called back; when, as the rules decided.
ALTER TABLE complaint_case ADD COLUMN callback_due_at TIMESTAMP WITH TIME ZONE;

-- A caller's number finds their earlier cases (repeat calls) on every call.
CREATE INDEX ix_case_customer_phone ON complaint_case (customer_phone);

-- Every call event applied, by its event id, written in the same transaction as its effect: a retried
-- delivery (webhook, batch file, broker) finds its row and gets the same answer. The digest tells a
-- retry from an id reused for another event. A call's case is found through intake_receipt
-- (source key 'call:<call id>').
CREATE TABLE phone_event (
    event_id        VARCHAR(200) PRIMARY KEY,
    event_type      VARCHAR(32)  NOT NULL,
    call_id         VARCHAR(200) NOT NULL,
    case_id         BIGINT       NOT NULL REFERENCES complaint_case (id),
    opened_case     BOOLEAN      NOT NULL,
    payload_sha256  VARCHAR(64)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_phone_event_case ON phone_event (case_id);
