-- wrk load script: POST /api/intake/webform with a fresh complaint per request.
-- Usage: wrk -t2 -c16 -d20s --latency -s src/bench/webform.lua http://localhost:9080
-- Every request opens a real case (Camel route, Drools decision, one database transaction).
local counter = 0
local texts = {
  "Fui cobrado duas vezes na fatura do cartão",
  "Meu pedido não chegou e o prazo já passou",
  "O produto chegou com defeito e não liga",
  "Quero cancelar minha assinatura",
  "Qual o horário de atendimento da loja?",
}

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local text = texts[(counter % #texts) + 1]
  local body = string.format('{"subject":"Carga %d","description":"%s (pedido %d)"}', counter, text, counter)
  return wrk.format(nil, "/api/intake/webform", nil, body)
end
