-- Seeds the retention benchmark's database (src/bench/retention-job.sh, docs/benchmarks.md section 11) and
-- RetentionTwoNodeIT: :cases cases closed 2,000 days ago (past the default 5-year policy), each with the
-- personal data intake keeps (name, e-mail, CPF, phone, the CPF and e-mail again in the description), one
-- history entry, one customer message that repeats the phone, and one sent acknowledgement mail, in the
-- schema the server's Flyway migrations made. Ids from 6,000,000,000 and protocols of year 2019, far from
-- what the server draws.
--
--   psql -v cases=100000 -v ON_ERROR_STOP=1 -d DB -f src/bench/retention-seed.sql
INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, customer_cpf, customer_phone,
    subject, description, category, department, priority, status, sla_first_response_minutes,
    sla_resolution_minutes, sla_legal_days, legal_deadline, rule_set_version, opened_at, version, escalation_level)
SELECT 6000000000 + g, '2019' || lpad(g::text, 10, '0'), 'WEB_FORM', 'Cliente ' || g || ' Retencao',
    'cliente' || g || '@example.com', lpad((10000000000 + g)::text, 11, '0'), '+55119' || lpad(g::text, 8, '0'),
    'Cobrança indevida', 'Meu CPF é ' || lpad((10000000000 + g)::text, 11, '0') || ', escrevam para cliente' || g
        || '@example.com. Fui cobrado duas vezes pela mesma compra.',
    'cobranca', 'Financeiro', 'P3', 'CLOSED', 60, 480, 7, now() - interval '1993 days', 'v1',
    now() - interval '2001 days', 1, 0
FROM generate_series(1, :cases) g;

INSERT INTO case_event (id, case_id, occurred_at, actor, type, status_before, status_after, detail)
SELECT 6000000000 + g, 6000000000 + g, now() - interval '2000 days', 'fabio', 'STATUS_CHANGED', 'RESOLVED',
    'CLOSED', 'closed'
FROM generate_series(1, :cases) g;

INSERT INTO case_message (id, case_id, channel, received_at, subject, body, kind)
SELECT 6000000000 + g, 6000000000 + g, 'EMAIL', now() - interval '2001 days', 'Re: Cobrança',
    'Meu telefone é (11) 9' || lpad(g::text, 8, '0') || '. Aguardo.', 'CUSTOMER'
FROM generate_series(1, :cases) g;

INSERT INTO outgoing_mail (id, protocol, kind, recipient, recipient_key, subject, body, message_id, status, attempts,
    next_attempt_at, created_at, sent_at, version)
SELECT 6000000000 + g, '2019' || lpad(g::text, 10, '0'), 'ACKNOWLEDGEMENT', 'cliente' || g || '@example.com',
    'cliente' || g || '@example.com', 'Protocolo ' || g, 'Olá Cliente ' || g || ' Retencao, recebemos sua reclamação.',
    '<bench-retention-' || g || '@triagem.test>', 'SENT', 1, now() - interval '2001 days',
    now() - interval '2001 days', now() - interval '2001 days', 1
FROM generate_series(1, :cases) g;

ANALYZE complaint_case;
ANALYZE case_event;
ANALYZE case_message;
ANALYZE outgoing_mail;
