-- Seeds the search benchmark's database (src/bench/search-query.sh, docs/benchmarks.md section 9): :cases
-- cases in the schema the server's Flyway migrations just made, written the way a desk writes them: a
-- subject and a description in Portuguese drawn from each category's phrases (with accents, order
-- numbers and products), a customer's name (most have one; phone callers often not), and a conversation
-- (a customer's follow-up on about a third, a staff reply on about half, an internal note on a tenth).
-- Then each case's search document, with the very function the server's writes and migration 37's
-- back-fill use (triagem_search_document), so the GIN index is the one a real desk would have.
--
--   psql -v cases=1000000 -v ON_ERROR_STOP=1 -d DB -f src/bench/search-seed.sql
--
-- Ids and protocol numbers are far from those the server draws (protocol year 1999 with its Luhn
-- check digit, as ProtocolNumber checks), as in kpi-seed.sql. The same draws every run.
SET jit = off;
SELECT setseed(0.29) AS seeded \gset

CREATE FUNCTION pg_temp.protocol(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT body || ((10 - sum(CASE WHEN (length(body) - i) % 2 = 0
                               THEN (2 * substr(body, i, 1)::int) - CASE WHEN substr(body, i, 1)::int > 4 THEN 9 ELSE 0 END
                               ELSE substr(body, i, 1)::int END) % 10) % 10)::text
  FROM generate_series(1, length(body)) i
$$;
-- One element of an array, by a uniform draw in [0, 1).
CREATE FUNCTION pg_temp.pick(a text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT a[1 + floor(r * array_length(a, 1))::int] $$;

-- The desk's words. Categories as kpi-seed.sql's, each with subjects and problems of its own; the
-- first categories are the big ones (a skewed draw below), so "cobrança" is common and "portabilidade" rare.
CREATE TEMP TABLE bench_words AS SELECT
  ARRAY['Financeiro','Logística','Técnico','Comercial','Atendimento','Ouvidoria','Jurídico'] AS departments,
  ARRAY['cobranca','entrega','defeito','cancelamento','reembolso','atraso','troca','fatura','atendimento',
        'cadastro'] AS categories,
  ARRAY[1,2,3,4,1,2,2,1,5,5] AS home,
  ARRAY[
    'Cobrança indevida|Cobrança em duplicidade|Cobrança de tarifa não informada|Valor cobrado diferente do combinado',
    'Entrega atrasada|Pedido não entregue|Entrega no endereço errado|Produto extraviado pela transportadora',
    'Produto com defeito|Aparelho parou de funcionar|Produto chegou quebrado|Defeito de fabricação',
    'Cancelamento não atendido|Não consigo cancelar o plano|Cancelamento com multa abusiva|Pedido de cancelamento ignorado',
    'Reembolso não recebido|Estorno não realizado|Devolução do dinheiro atrasada|Reembolso parcial',
    'Atraso na instalação|Técnico não compareceu|Visita remarcada sem aviso|Prazo de instalação vencido',
    'Troca negada|Troca de produto com defeito|Produto trocado errado|Prazo de troca',
    'Fatura com valor errado|Fatura não chegou|Juros cobrados na fatura|Segunda via da fatura',
    'Mau atendimento|Atendente desligou a ligação|Tempo de espera excessivo|Protocolo não informado',
    'Cadastro com dados errados|Não consigo acessar minha conta|Senha bloqueada|Alteração de endereço'
  ] AS subjects,
  ARRAY[
    'fui cobrado duas vezes pela mesma compra no cartão de crédito|apareceu na fatura uma cobrança que não reconheço|me cobraram uma tarifa que ninguém informou na contratação|o valor debitado é maior do que o combinado na loja',
    'o pedido deveria ter chegado há dez dias e continua em trânsito|a transportadora diz que entregou mas não recebi nada|o rastreamento está parado desde a semana passada|entregaram no endereço do vizinho e ninguém resolve',
    'o aparelho parou de funcionar depois de uma semana de uso|a tela veio trincada dentro da caixa lacrada|faz um barulho estranho e desliga sozinho|não liga mais e ainda está na garantia',
    'pedi o cancelamento pelo telefone e continuam cobrando|o site não tem a opção de cancelar o serviço|querem cobrar multa de fidelidade que não existe no contrato|já cancelei três vezes e recebo a cobrança todo mês',
    'o estorno foi prometido em sete dias úteis e não caiu|devolvi o produto e o reembolso não apareceu no cartão|recebi só metade do valor de volta|o crédito prometido não entrou na conta',
    'a instalação estava agendada e o técnico não apareceu|fiquei o dia inteiro esperando a visita|remarcaram a instalação pela terceira vez|o prazo de instalação informado já passou',
    'a loja se recusa a trocar o produto com defeito|enviaram outro modelo no lugar do que comprei|o prazo de troca ainda não venceu e negaram|pedi a troca há um mês e não tive resposta',
    'a fatura deste mês veio com valor muito acima do normal|a fatura não chegou por e-mail nem pelo correio|cobraram juros mesmo com o pagamento em dia|não consigo emitir a segunda via da fatura',
    'o atendente foi grosseiro e encerrou a ligação|esperei mais de uma hora na linha sem ser atendido|ninguém me deu o número do protocolo|cada atendente dá uma informação diferente',
    'meu nome está escrito errado no cadastro|não consigo entrar na minha conta pelo aplicativo|a senha foi bloqueada depois de uma tentativa|mudei de endereço e o cadastro não foi atualizado'
  ] AS problems,
  ARRAY['uma geladeira','um fogão','uma máquina de lavar','uma televisão','um celular','um notebook',
        'um micro-ondas','um ar-condicionado','um colchão','um sofá','o plano de internet','o plano de celular',
        'a assinatura de TV','o cartão de crédito','a conta digital','o seguro residencial','um fone de ouvido',
        'uma impressora','uma bicicleta','um liquidificador'] AS products,
  ARRAY['Estou muito insatisfeito.','Quero uma solução urgente.','Já liguei várias vezes.',
        'Se não resolverem vou ao Procon.','Preciso de uma resposta ainda esta semana.','Aguardo retorno.',
        'Isso é um absurdo.','Tenho todos os comprovantes.','Moro em Belo Horizonte.','Moro em São Paulo.',
        'Moro em Porto Alegre.','Moro em Recife.','Moro em Curitiba.','Moro em Salvador.'] AS closings,
  ARRAY['Maria','José','Ana','João','Antônio','Francisca','Carlos','Paulo','Adriana','Lucas','Juliana',
        'Marcos','Patrícia','Luiz','Aline','Gabriel','Sandra','Rafael','Fernanda','Daniel','Camila','Márcio',
        'Letícia','Bruno','Vanessa','Rodrigo','Cláudia','Felipe','Débora','Eduardo','Simone','Thiago',
        'Luciana','Gustavo','Renata','André','Bianca','Fábio','Priscila','Vinícius'] AS first_names,
  ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira','Lima','Gomes','Costa',
        'Ribeiro','Martins','Carvalho','Almeida','Lopes','Soares','Fernandes','Vieira','Barbosa','Rocha',
        'Dias','Nascimento','Andrade','Moreira','Nunes','Marques','Machado','Mendes','Freitas','Cardoso',
        'Ramos','Gonçalves','Santana','Teixeira','Araújo','Conceição','Moura','Cavalcanti','Monteiro'] AS last_names,
  ARRAY['Olá, ainda não tive retorno sobre este protocolo.','Segue em anexo o comprovante do pagamento.',
        'O problema continua, nada foi resolvido.','Obrigado, aguardo a solução.',
        'Por favor, me liguem no período da tarde.','Já faz uma semana e ninguém respondeu.'] AS follow_ups,
  ARRAY['Prezado cliente, abrimos uma solicitação junto ao setor responsável.',
        'Olá, o estorno foi solicitado e aparece em até duas faturas.',
        'Agendamos uma nova visita técnica para a próxima semana.',
        'Pedimos desculpas pelo transtorno, a troca foi autorizada.',
        'Verificamos o pedido e a transportadora fará nova tentativa de entrega.',
        'Precisamos de uma foto da nota fiscal para seguir com o atendimento.'] AS replies,
  ARRAY['Cliente recorrente, tratar com prioridade.','Conferir com o financeiro antes de responder.',
        'Ligação caiu, retornar amanhã.','Caso parecido com outro da mesma semana.'] AS notes;

-- Each case's draws (one random() per column, evaluated row by row), then its words. Cases are opened
-- over the last 90 days in the order of their ids, as a desk writes them: the newest are the last rows.
CREATE TEMP TABLE bench_search_draw AS
SELECT g, now() - (1 - g::float8 / :cases) * interval '90 days' - random() * interval '10 minutes' AS opened_at,
       random() AS r_cat, random() AS r_home,
       random() AS r_department, random() AS r_channel, random() AS r_priority, random() AS r_subject,
       random() AS r_problem, random() AS r_product, random() AS r_order, random() AS r_closing,
       random() AS r_named, random() AS r_first, random() AS r_middle, random() AS r_middle_name, random() AS r_last,
       random() AS r_follow_up, random() AS r_reply, random() AS r_note, random() AS r_status
FROM generate_series(1, :cases) g;

CREATE TEMP TABLE bench_search_case AS
SELECT d.g, 1000000000 + d.g AS id, c.cat, d.opened_at, d.r_follow_up, d.r_reply, d.r_note, d.r_status,
       CASE WHEN d.r_home < 0.85 THEN w.departments[w.home[c.cat]]
            ELSE pg_temp.pick(w.departments, d.r_department) END AS department,
       CASE WHEN d.r_channel < 0.45 THEN 'WEB_FORM' WHEN d.r_channel < 0.75 THEN 'EMAIL' ELSE 'PHONE' END AS channel,
       'P' || (1 + floor(d.r_priority * 4)::int) AS priority,
       pg_temp.pick(string_to_array(w.subjects[c.cat], '|'), d.r_subject) AS subject,
       pg_temp.pick(string_to_array(w.problems[c.cat], '|'), d.r_problem) AS problem,
       pg_temp.pick(w.products, d.r_product) AS product,
       (100000 + floor(d.r_order * 900000)::int)::text AS order_number,
       pg_temp.pick(w.closings, d.r_closing) AS closing,
       -- half the callers never say their name, and a few writers neither
       CASE WHEN d.r_named < CASE WHEN d.r_channel >= 0.75 THEN 0.5 ELSE 0.05 END THEN NULL
            ELSE pg_temp.pick(w.first_names, d.r_first)
                 || CASE WHEN d.r_middle < 0.3 THEN ' ' || pg_temp.pick(w.last_names, d.r_middle_name) ELSE '' END
                 || ' ' || pg_temp.pick(w.last_names, d.r_last) END AS customer_name
FROM bench_search_draw d, bench_words w,
     LATERAL (SELECT 1 + floor(10 * d.r_cat ^ 2)::int AS cat) c;
DROP TABLE bench_search_draw;

INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, subject, description,
    category, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,
    sla_legal_days, legal_deadline, rule_set_version, fired_rules, opened_at, version)
  SELECT s.id, pg_temp.protocol('1999' || lpad(s.g::text, 9, '0')), s.channel, s.customer_name,
    CASE WHEN s.channel <> 'PHONE' THEN 'cliente' || s.g || '@bench.test' END, s.subject,
    'Sobre ' || s.product || ' (pedido ' || s.order_number || '): ' || s.problem || '. ' || s.closing,
    w.categories[s.cat], s.department, s.priority,
    CASE WHEN s.r_status < 0.35 THEN 'CLOSED' WHEN s.r_status < 0.5 THEN 'RESOLVED' WHEN s.r_status < 0.7 THEN 'IN_PROGRESS'
         WHEN s.r_status < 0.8 THEN 'PENDING_CUSTOMER' WHEN s.r_status < 0.9 THEN 'ASSIGNED' ELSE 'NEW' END,
    240, 1440, 7, s.opened_at + interval '7 days', 'v1 sha256:0123456789ab', 'bench', s.opened_at, 1
  FROM bench_search_case s, bench_words w;

-- The conversation: follow-ups from the customer, replies and notes from staff, in the case_message table.
INSERT INTO case_message (id, case_id, kind, channel, author, received_at, subject, body)
  SELECT 2000000000 + s.g * 4 + k.n, s.id, k.kind, CASE WHEN k.kind = 'NOTE' THEN NULL ELSE 'EMAIL' END,
    CASE WHEN k.kind = 'CUSTOMER' THEN 'customer' ELSE 'fabio' END, s.opened_at + k.n * interval '1 day', NULL,
    CASE k.kind WHEN 'CUSTOMER' THEN pg_temp.pick(w.follow_ups, s.r_follow_up / 0.35)
                WHEN 'REPLY' THEN pg_temp.pick(w.replies, s.r_reply / 0.55)
                ELSE pg_temp.pick(w.notes, s.r_note / 0.10) END
  FROM bench_search_case s, bench_words w,
       LATERAL (VALUES (1, 'REPLY', s.r_reply < 0.55), (2, 'CUSTOMER', s.r_follow_up < 0.35),
                       (3, 'NOTE', s.r_note < 0.10)) k(n, kind, happens)
  WHERE k.happens;

-- Every case's search document, as the server writes it (JpaCaseSearch) and migration 37 back-fills it.
INSERT INTO case_search (case_id, document)
  SELECT c.id, triagem_search_document(concat_ws(' ', c.protocol, c.customer_name, c.subject), c.description,
      (SELECT string_agg(m.body, ' ' ORDER BY m.received_at, m.id) FROM case_message m WHERE m.case_id = c.id))
  FROM complaint_case c
  WHERE c.id > 1000000000;

DROP TABLE bench_search_case;
VACUUM ANALYZE complaint_case;
VACUUM ANALYZE case_message;
VACUUM ANALYZE case_search;
