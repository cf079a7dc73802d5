-- Past cases for the impact-preview benchmark (src/bench/impact-preview.sh): :cases cases opened over the
-- last 29 days, straight into the schema Flyway migrated, with first contacts that the default rules
-- route to different departments (charges, deliveries, cancellations, Procon, a lawyer, plain
-- questions), over the three channels, some with a category picked on the form or an IVR option, half
-- of the customers identified. Ids and protocols far from those the server draws (protocol year 1999,
-- with its check digit, as ProtocolNumber checks). Same shape as run-all.sh's heap part.
CREATE FUNCTION pg_temp.protocol(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT body || ((10 - sum(CASE WHEN (length(body) - i) % 2 = 0
                               THEN (2 * substr(body, i, 1)::int) - CASE WHEN substr(body, i, 1)::int > 4 THEN 9 ELSE 0 END
                               ELSE substr(body, i, 1)::int END) % 10) % 10)::text
  FROM generate_series(1, length(body)) i
$$;

INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, subject, description,
    category_hint, ivr_choice, category, department, priority, status, sla_first_response_minutes,
    sla_resolution_minutes, sla_legal_days, legal_deadline, rule_set_version, fired_rules, opened_at, version)
  SELECT 1000000000 + g, pg_temp.protocol('1999' || lpad(g::text, 9, '0')),
    (ARRAY['WEB_FORM','EMAIL','PHONE'])[1 + g % 3],
    CASE WHEN g % 2 = 0 THEN 'Cliente ' || g END,
    CASE WHEN g % 2 = 0 THEN 'cliente' || g || '@bench.test' END,
    (ARRAY['Cobrança indevida', 'Entrega', 'Cancelamento', 'Reclamação', 'Dúvida', 'Processo'])[1 + g % 6],
    (ARRAY['Fui cobrado duas vezes na fatura do cartão (pedido ' || g || ')',
           'Meu pedido ' || g || ' não chegou e já passou o prazo de entrega',
           'Quero cancelar minha assinatura hoje',
           'Vou registrar uma reclamação no Procon se não resolverem o pedido ' || g,
           'Como altero o endereço de cobrança?',
           'Meu advogado vai entrar com um processo por danos morais'])[1 + g % 6],
    CASE WHEN g % 7 = 0 THEN 'Cobrança' END,
    CASE WHEN g % 3 = 2 AND g % 5 = 0 THEN '2' END,
    'bench', 'Atendimento', 'P3', 'NEW', 240, 1440, 7,
    now() + interval '7 days' - (g % 41760) * interval '1 minute', 'v1 sha256:0123456789ab',
    'bench', now() - (g % 41760) * interval '1 minute', 1
  FROM generate_series(1, :cases) g;
VACUUM ANALYZE complaint_case;
