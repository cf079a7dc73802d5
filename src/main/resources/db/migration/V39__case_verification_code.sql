-- The verification code every receipt carries with the protocol number (issue 19): with it, a customer
-- who gave no e-mail address or CPF (an anonymous complaint, a phone caller) follows the case and
-- answers on the status page. A side table keyed by the protocol, written in the transaction that opens
-- the case; no foreign key, because the intake batch writes its rows together in no fixed table order
-- (the protocol is unique in complaint_case). Cases opened before this migration have no code and are
-- followed with the e-mail address or CPF, as before: a code nobody was ever told would open nothing.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE case_verification_code (
    protocol   VARCHAR(14) PRIMARY KEY,
    code       VARCHAR(6)  NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
