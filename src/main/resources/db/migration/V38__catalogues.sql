-- Managed lists instead of free text (issue 19): departments, resolution codes and root-cause
-- categories, each entry with a stable code (what cases, rules and KPI rows store) and a pt-BR label (an
-- English one optional). Entries are retired, never deleted, so what was recorded with them stays
-- reportable. catalogue holds each list's revision (its row is locked by a writer, so changes to one
-- list are numbered one at a time); catalogue_change is the audit trail: who, when, before and after.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- Seeded with the departments the default rules route to (rules/ownership, rules/escalation) and the
-- codes the staff, the phone path (first-contact, "solved on the call") and the survey rules use.

CREATE TABLE catalogue (
    kind        VARCHAR(20) PRIMARY KEY,
    revision    BIGINT      NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE catalogue_entry_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE catalogue_entry (
    id          BIGINT       PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    code        VARCHAR(80)  NOT NULL,
    -- the code in lower case: "Financeiro" and "financeiro" are one entry
    code_key    VARCHAR(80)  NOT NULL,
    label       VARCHAR(120) NOT NULL,
    label_en    VARCHAR(120),
    retired_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_catalogue_entry_code UNIQUE (kind, code_key)
);

CREATE SEQUENCE catalogue_change_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE catalogue_change (
    id               BIGINT       PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    revision         BIGINT       NOT NULL,
    code             VARCHAR(80)  NOT NULL,
    action           VARCHAR(20)  NOT NULL,
    actor            VARCHAR(120) NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    label_before     VARCHAR(120),
    label_en_before  VARCHAR(120),
    retired_before   BOOLEAN,
    label_after      VARCHAR(120) NOT NULL,
    label_en_after   VARCHAR(120),
    retired_after    BOOLEAN      NOT NULL
);
CREATE INDEX ix_catalogue_change_kind ON catalogue_change (kind, revision);

INSERT INTO catalogue (kind, revision, changed_at) VALUES ('DEPARTMENT', 1, CURRENT_TIMESTAMP);
INSERT INTO catalogue (kind, revision, changed_at) VALUES ('RESOLUTION_CODE', 1, CURRENT_TIMESTAMP);
INSERT INTO catalogue (kind, revision, changed_at) VALUES ('ROOT_CAUSE', 1, CURRENT_TIMESTAMP);

INSERT INTO catalogue_entry (id, kind, code, code_key, label, label_en, version) VALUES
    (1, 'DEPARTMENT', 'Atendimento', 'atendimento', 'Atendimento', 'Customer service', 1),
    (2, 'DEPARTMENT', 'Cancelamento', 'cancelamento', 'Cancelamento', 'Cancellations', 1),
    (3, 'DEPARTMENT', 'Comercial', 'comercial', 'Comercial', 'Sales', 1),
    (4, 'DEPARTMENT', 'Financeiro', 'financeiro', 'Financeiro', 'Billing', 1),
    (5, 'DEPARTMENT', 'Jurídico', 'jurídico', 'Jurídico', 'Legal', 1),
    (6, 'DEPARTMENT', 'Logística', 'logística', 'Logística', 'Logistics', 1),
    (7, 'DEPARTMENT', 'Ouvidoria', 'ouvidoria', 'Ouvidoria', 'Ombudsman', 1),
    (8, 'DEPARTMENT', 'Suporte Técnico', 'suporte técnico', 'Suporte Técnico', 'Technical support', 1);
INSERT INTO catalogue_entry (id, kind, code, code_key, label, label_en, version) VALUES
    (9, 'RESOLUTION_CODE', 'ESTORNO', 'estorno', 'Estorno ou reembolso feito', 'Refund issued', 1),
    (10, 'RESOLUTION_CODE', 'ORIENTACAO', 'orientacao', 'Orientação ao cliente', 'Customer guided', 1),
    (11, 'RESOLUTION_CODE', 'REENVIO', 'reenvio', 'Produto reenviado', 'Product sent again', 1),
    (12, 'RESOLUTION_CODE', 'TROCA', 'troca', 'Troca ou reparo do produto', 'Product exchanged or repaired', 1),
    (13, 'RESOLUTION_CODE', 'CANCELAMENTO', 'cancelamento', 'Cancelamento efetuado', 'Cancellation done', 1),
    (14, 'RESOLUTION_CODE', 'CORRECAO', 'correcao', 'Cobrança ou cadastro corrigido', 'Bill or record corrected', 1),
    (15, 'RESOLUTION_CODE', 'IMPROCEDENTE', 'improcedente', 'Reclamação improcedente', 'Complaint unfounded', 1),
    (16, 'RESOLUTION_CODE', 'DUPLICADO', 'duplicado', 'Caso duplicado', 'Duplicate case', 1),
    (17, 'RESOLUTION_CODE', 'SPAM', 'spam', 'Spam ou contato sem reclamação', 'Spam or no complaint', 1),
    (18, 'RESOLUTION_CODE', 'first-contact', 'first-contact', 'Resolvido no primeiro contato', 'Resolved on first contact', 1);
INSERT INTO catalogue_entry (id, kind, code, code_key, label, label_en, version) VALUES
    (19, 'ROOT_CAUSE', 'cobranca-duplicada', 'cobranca-duplicada', 'Cobrança em duplicidade', 'Duplicate charge', 1),
    (20, 'ROOT_CAUSE', 'cobranca-indevida', 'cobranca-indevida', 'Cobrança indevida', 'Undue charge', 1),
    (21, 'ROOT_CAUSE', 'estorno-atrasado', 'estorno-atrasado', 'Estorno atrasado', 'Late refund', 1),
    (22, 'ROOT_CAUSE', 'atraso-transportadora', 'atraso-transportadora', 'Atraso da transportadora', 'Carrier delay', 1),
    (23, 'ROOT_CAUSE', 'transportadora', 'transportadora', 'Falha da transportadora', 'Carrier failure', 1),
    (24, 'ROOT_CAUSE', 'produto-defeituoso', 'produto-defeituoso', 'Produto com defeito', 'Defective product', 1),
    (25, 'ROOT_CAUSE', 'cadastro-incorreto', 'cadastro-incorreto', 'Cadastro incorreto', 'Incorrect customer record', 1),
    (26, 'ROOT_CAUSE', 'sistema', 'sistema', 'Falha de sistema', 'System failure', 1),
    (27, 'ROOT_CAUSE', 'duvida', 'duvida', 'Dúvida do cliente', 'Customer question', 1),
    (28, 'ROOT_CAUSE', 'cliente-abriu-dois', 'cliente-abriu-dois', 'Cliente abriu dois casos', 'Customer opened two cases', 1),
    (29, 'ROOT_CAUSE', 'spam', 'spam', 'Spam', 'Spam', 1),
    (30, 'ROOT_CAUSE', 'outros', 'outros', 'Outros', 'Other', 1),
    (31, 'ROOT_CAUSE', 'solved on the call', 'solved on the call', 'Resolvido na ligação', 'Solved on the call', 1);

-- The seed is the lists' first revision, recorded like any change.
INSERT INTO catalogue_change (id, kind, revision, code, action, actor, changed_at, label_after, label_en_after,
        retired_after)
SELECT id, kind, 1, code, 'ADDED', 'system', CURRENT_TIMESTAMP, label, label_en, FALSE FROM catalogue_entry;
