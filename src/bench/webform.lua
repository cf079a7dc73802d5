-- wrk load script: POST /api/intake/webform with a fresh complaint per request.
-- Usage: wrk -t2 -c16 -d20s --latency -s src/bench/webform.lua http://localhost:9080
-- Every request opens a real case (Camel route, Drools decision, one database transaction). The
-- bodies vary in subject, text (so the rules route them to different departments), customer name and
-- email address (so no two requests are the same customer's). At the end a line `result,...` gives
-- requests, duration, p50, p99 and errors for src/bench/run-all.sh.
local counter = 0
local texts = {
  "Fui cobrado duas vezes na fatura do cartão",
  "Meu pedido não chegou e o prazo já passou",
  "O produto chegou com defeito e não liga",
  "Quero cancelar minha assinatura",
  "Qual o horário de atendimento da loja?",
}
local names = { "Maria Souza", "João Pereira", "Ana Lima", "Carlos Alves", "Beatriz Rocha", "Pedro Santos" }

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

-- Each thread numbers its own requests; the thread's prefix keeps their email addresses apart.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("prefix", "t" .. threads .. "-" .. os.time())
end

request = function()
  counter = counter + 1
  local text = texts[(counter % #texts) + 1]
  local name = names[(counter % #names) + 1]
  local body = string.format(
    '{"name":"%s","email":"c%s-%d@bench.test","subject":"Carga %d","description":"%s (pedido %d)"}',
    name, prefix or "", counter, counter, text, counter)
  return wrk.format(nil, "/api/intake/webform", nil, body)
end

dofile("src/bench/pace.lua")   -- RATE=n: an open loop at n requests/s; the result line (see pace.lua)
