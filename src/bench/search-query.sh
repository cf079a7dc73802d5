#!/usr/bin/env bash
# Issue 19's search target: the staff search (GET /api/cases?q=...) over 1,000,000 cases on PostgreSQL answers
# at p95 <= 200 ms, over a mix of realistic queries (docs/benchmarks.md section 9; run-all.sh's part `search`).
#
# One run: a fresh database; the packaged server started on it (Flyway migrates it: migration 37 makes the
# search table, its GIN index and the index on the opening time); CASES cases over 90 days seeded straight
# into the real schema with Portuguese text, customers' names and conversations, and each case's search
# document written with the server's own function (src/bench/search-seed.sql); an admin and an agent of
# Financeiro sign in (POST /api/session, as the staff page does); every query is checked (HTTP 200, its
# first case the one expected where there is one); then each query alone, REPEATS times one after the other
# (its p50 and p95: which query costs what); then wrk through the whole mix at each concurrency of LEVELS,
# WRK_SECONDS each; and EXPLAIN ANALYZE of the statement the server runs for each query, mirrored here.
#
# The mix (MIX below): what staff type. An accent-free common word ("cobranca" is in about a quarter of the
# cases), a customer's name, a protocol number as printed on a receipt, two words of a refund, a product
# and an order number, and the staff page's own request (an agent's department, open cases, sorted by
# deadline, 100 rows) for two accented words.
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy
# Usage:        src/bench/search-query.sh            the whole run
#               src/bench/search-query.sh explain    only the EXPLAIN ANALYZE, on the database a run kept
#                                                    (KEEP_DB=true), with no server
# Settings (environment): CASES (1000000), LEVELS ("1 4"), WRK_SECONDS (10), WARM_SECONDS (20), REPEATS (20),
#   HTTP_PORT (9400), HTTPS_PORT (9401), PG_DB (triagem_search_bench), KEEP_DB (false: dropped at the end),
#   SEED (true; false: measure again on the database a run kept with KEEP_DB=true, as it was seeded),
#   JFR (a name: a flight recording of the server under target/bench-search/)
# Output: readable lines, and for run-all.sh one line per figure: figure,<benchmark>,<metric>,<value>,<unit>.
# Exits non-zero when something broke (server, seeding, a wrong answer, a wrk error, no requests, a missing
# figure); never because of a timing. Loopback only; each wrk run is bounded by WRK_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES=${CASES:-1000000}
LEVELS=${LEVELS:-1 4}
WRK_SECONDS=${WRK_SECONDS:-10}
WARM_SECONDS=${WARM_SECONDS:-20}
REPEATS=${REPEATS:-20}
HTTP_PORT=${HTTP_PORT:-9400}
HTTPS_PORT=${HTTPS_PORT:-9401}
PG_DB=${PG_DB:-triagem_search_bench}
KEEP_DB=${KEEP_DB:-false}
SEED=${SEED:-true}
PG="-h 127.0.0.1 -U postgres"
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
BASE="http://127.0.0.1:$HTTP_PORT"
OUT=target/bench-search
mkdir -p "$OUT"

figure() { echo "figure,$1,$2,$3,$4"; }   # figure BENCHMARK METRIC VALUE UNIT, for run-all.sh
broke() { echo "search-query: $*" >&2; exit 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { psql $PG -d "$PG_DB" -tAc "$1"; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

# The protocol of the seeded case n (as search-seed.sql numbers them), for the protocol query; and a
# customer's name and an order number that the seed gave some case, read back from the database.
OPEN="status=NEW,ASSIGNED,IN_PROGRESS,PENDING_CUSTOMER,REOPENED&sort=due&limit=100"
declare -A MIX
mix() {
  local protocol name order
  protocol=$(sql "SELECT protocol FROM complaint_case WHERE id = 1000000000 + $(( CASES * 3 / 4 ))")
  name=$(sql "SELECT customer_name FROM complaint_case WHERE customer_name LIKE 'Maria %' ORDER BY id LIMIT 1")
  order=$(sql "SELECT substring(description FROM 'pedido ([0-9]+)') FROM complaint_case
               WHERE id > 1000000000 AND description LIKE '%geladeira%' ORDER BY id DESC LIMIT 1")
  MIX=(
    [common-word]="admin	/api/cases?limit=50&q=cobranca"
    [name]="admin	/api/cases?limit=50&q=$(enc "$name")"
    [protocol]="admin	/api/cases?limit=50&q=$(enc "${protocol:0:4}.${protocol:4:9} ${protocol:13}")"
    [refund]="admin	/api/cases?limit=50&q=$(enc "estorno cartão")"
    [order]="admin	/api/cases?limit=50&q=$(enc "geladeira pedido $order")"
    [agent-page]="fabio	/api/cases?$OPEN&q=$(enc "cobrança indevida")"
  )
  EXPECT_PROTOCOL=$protocol
}

[ "${1:-}" = explain ] || {
  [ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || {
    echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
  for tool in wrk psql jcmd curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk postgresql-client ...)" >&2; exit 2; }
  done
}

server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
cleanup() {
  server_stop
  rm -f "$SERVER/configDropins/overrides/zz-search-bench.xml"
  [ "$KEEP_DB" = true ] || psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
}

start_server() {
  server_stop
  rm -f "$SERVER/dropins/triagem.war.xml" "$SERVER/jvm.options"
  cp target/triagem.war "$SERVER/dropins/triagem.war"
  if [ -n "${JFR:-}" ]; then
    echo "-XX:StartFlightRecording=filename=$(pwd)/$OUT/$JFR-$(date +%H%M%S).jfr,settings=profile" > "$SERVER/jvm.options"
  fi
  {
    echo "http.port=$HTTP_PORT"
    echo "https.port=$HTTPS_PORT"
    echo "triagem.auth=dev"
    echo "triagem.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    echo "triagem.db.datasource=org.postgresql.ds.PGSimpleDataSource"
    echo "triagem.db.user=postgres"
  } > "$SERVER/bootstrap.properties"
  # As kpi-query.sh: a -Ppostgres build's database in configDropins/overrides would beat bootstrap.properties.
  mkdir -p "$SERVER/configDropins/overrides"
  cat > "$SERVER/configDropins/overrides/zz-search-bench.xml" <<XML
<server>
    <variable name="triagem.db.url" value="jdbc:postgresql://127.0.0.1:5432/$PG_DB"/>
    <variable name="triagem.db.datasource" value="org.postgresql.ds.PGSimpleDataSource"/>
    <variable name="triagem.db.user" value="postgres"/>
</server>
XML
  rm -rf "$SERVER/logs"
  "$WLP/bin/server" start triagem >/dev/null
  local deadline=$(( $(date +%s) + 180 ))
  until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || broke "server not ready after 180 s"
    sleep 0.5
  done
}

# ---------------------------------------------------------------- where the time goes
# The statement JpaCaseSearch runs for a query (a broad one: the newest CaseSearch.RANKED + 1 = 201 matching
# cases within the list's filters, with their rank; a narrow one: every match), mirrored here with the same
# shape: keep in step. The agent's request adds
# its department and the open statuses, as the staff page's list does.
explain() {
  mix
  : > "$OUT/explain.txt"
  local name ms
  for name in common-word name protocol refund order agent-page; do
    local path=${MIX[$name]#*	} q where=""
    q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.parse_qs(urllib.parse.urlparse(sys.argv[1]).query)["q"][0])' "$path")
    q=${q//\'/\'\'}
    [[ $q =~ ^[0-9.\ -]+$ ]] && q=${q//[^0-9]/}   # a protocol is searched as its digits
    if [ "$name" = agent-page ]; then
      where="c.department IN ('Financeiro') AND c.status IN ('NEW','ASSIGNED','IN_PROGRESS','PENDING_CUSTOMER','REOPENED') AND"
    fi
    # narrow (fewer than PostgresSearch.NARROW matches in all): every match, sorted by the server
    local narrow order="ORDER BY c.opened_at DESC, c.id DESC LIMIT 201"
    narrow=$(sql "SELECT count(*) < 2000 FROM (SELECT 1 FROM case_search WHERE document @@ triagem_search_query('$q') LIMIT 2000) x")
    [ "$narrow" = t ] && order=""
    local statement="SELECT c.id, c.protocol, ts_rank(s.document, triagem_search_query('$q')), c.opened_at
      FROM complaint_case c, case_search s WHERE $where s.case_id = c.id AND s.document @@ triagem_search_query('$q')
      $order"
    local plan
    plan=$(sql "EXPLAIN (ANALYZE, BUFFERS) $statement")
    printf '== %s\n%s\n%s\n\n' "$name" "$statement" "$plan" >> "$OUT/explain.txt"
    ms=$(echo "$plan" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')
    [ -n "$ms" ] || broke "no EXPLAIN ANALYZE time for $name"
    echo "statement $name ($([ "$narrow" = t ] && echo narrow || echo broad)): ${ms} ms in PostgreSQL, $(sql "SELECT count(*) FROM ($statement) x") rows, plan: $(echo "$plan" \
      | grep -o -m1 '\(Index Scan Backward\|Bitmap Heap Scan\|Seq Scan\|Parallel Seq Scan\) [a-z_ ]*on [a-z_]*')"
    figure "statement-$name" ms "$ms" ms
  done
}

if [ "${1:-}" = explain ]; then   # the kept database only: no server started or stopped, nothing dropped
  explain
  exit 0
fi
trap cleanup EXIT

# ---------------------------------------------------------------- database, server, data
: > "$OUT/wrk.log"
if [ "$SEED" = true ]; then
  psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
fi
start_server
if [ "$SEED" = true ]; then
  echo "server ready on $PG_DB; seeding $CASES cases, load $(load)"
  started=$(date +%s)
  psql $PG -q -v ON_ERROR_STOP=1 -v cases="$CASES" -d "$PG_DB" -f src/bench/search-seed.sql > "$OUT/seed.log" 2>&1 \
    || { tail -20 "$OUT/seed.log" >&2; broke "seeding failed"; }
  echo "seeded in $(( $(date +%s) - started )) s, load $(load)"
else
  echo "server ready on $PG_DB, as a run kept it; load $(load)"
fi
cases=$(sql "SELECT count(*) FROM complaint_case")
documents=$(sql "SELECT count(*) FROM case_search")
messages=$(sql "SELECT count(*) FROM case_message")
echo "cases: $cases, search documents: $documents ($(sql "SELECT pg_size_pretty(pg_total_relation_size('case_search'))")" \
     "with its GIN index of $(sql "SELECT pg_size_pretty(pg_relation_size('ix_case_search_document'))")), messages: $messages"
figure rows complaint_case "$cases" cases
figure rows case_search "$documents" rows
[ "$cases" -eq "$CASES" ] && [ "$documents" -eq "$CASES" ] || broke "$cases cases and $documents documents, $CASES seeded"

# ---------------------------------------------------------------- sign in, check the answers
declare -A COOKIE
for user in admin fabio; do
  curl -fs -o /dev/null -c "$OUT/cookies-$user" -X POST "$BASE/api/session" -H 'X-Triagem-CSRF: 1' \
    -H 'Content-Type: application/json' -d "{\"username\":\"$user\",\"password\":\"$user-demo\"}" \
    || broke "$user sign-in failed"
  COOKIE[$user]=$(awk '$6 == "TriagemSSO" {print $6 "=" $7}' "$OUT/cookies-$user")
  [ -n "${COOKIE[$user]}" ] || broke "no TriagemSSO cookie after $user's sign-in"
done
mix
: > "$OUT/requests.tsv"
for name in common-word name protocol refund order agent-page; do
  user=${MIX[$name]%%	*}
  path=${MIX[$name]#*	}
  printf '%s\t%s\n' "${COOKIE[$user]}" "$path" >> "$OUT/requests.tsv"
  status=$(curl -s -o "$OUT/$name.json" -D "$OUT/$name.headers" -w '%{http_code}' -H "Cookie: ${COOKIE[$user]}" "$BASE$path")
  [ "$status" = 200 ] || broke "query $name answered $status: $(head -c 300 "$OUT/$name.json")"
  got=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(len(r), r[0]["protocol"] if r else "-")' "$OUT/$name.json")
  total=$(sed -n 's/^X-Total-Count: *\([0-9]*\).*/\1/ip' "$OUT/$name.headers")
  capped=$(grep -qi '^X-Search-Capped: true' "$OUT/$name.headers" && echo ", capped" || true)
  echo "query $name ($user): $path -> ${got%% *} shown of $total ranked$capped, first ${got##* }"
  [ "${got%% *}" -gt 0 ] || broke "query $name found nothing"
  if [ "$name" = protocol ] && [ "${got##* }" != "$EXPECT_PROTOCOL" ]; then
    broke "the protocol query's first case is ${got##* }, not $EXPECT_PROTOCOL"
  fi
done

# ---------------------------------------------------------------- each query alone
# one after the other on one connection, REPEATS times each after one unrecorded: p50 and p95 per query;
# and, for reference, the same list without a search (an admin's newest 50, and the agent's staff page)
MIX[list]="admin	/api/cases?limit=50"
MIX[agent-list]="fabio	/api/cases?$OPEN"
for name in common-word name protocol refund order agent-page list agent-list; do
  user=${MIX[$name]%%	*}
  path=${MIX[$name]#*	}
  bench=query-$name
  [[ $name == *list ]] && bench=reference-$name
  curl -fs -o /dev/null -H "Cookie: ${COOKIE[$user]}" "$BASE$path" || broke "query $name failed"
  for _ in $(seq 1 "$REPEATS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: ${COOKIE[$user]}" "$BASE$path" || broke "query $name failed"
  done | sort -g | awk -v n="$bench" '{t[NR] = $1 * 1000} END {
      p50 = t[int((NR + 1) / 2)]; p95 = t[int(NR * 0.95 + 0.999)];
      printf "%s alone: p50 %.1f ms, p95 %.1f ms over %d requests\n", n, p50, p95, NR;
      printf "figure,%s,p50,%.1f,ms\nfigure,%s,p95,%.1f,ms\n", n, p50, n, p95 }'
done

# ---------------------------------------------------------------- the mix under wrk
# run CONNECTIONS SECONDS: sets RUN="requests seconds p50 p95 p99 errors" (ms)
run() {
  local t=$(( $1 < 2 ? 1 : 2 )) out r
  out=$(SEARCH_REQUESTS=$OUT/requests.tsv wrk -t"$t" -c"$1" -d"${2}s" --timeout 10s -s src/bench/search-query.lua "$BASE" 2>&1) || true
  echo "$out" >> "$OUT/wrk.log"
  r=$(echo "$out" | grep '^result,' | tail -1)
  [ -n "$r" ] || { RUN="0 0 0 0 0 1"; return; }
  IFS=, read -r _ req dur p50 p95 p99 err <<< "$r"
  RUN=$(awk -v q="$req" -v d="$dur" -v a="$p50" -v b="$p95" -v c="$p99" -v e="$err" \
      'BEGIN {printf "%d %.1f %.1f %.1f %.1f %d\n", q, d / 1e6, a / 1000, b / 1000, c / 1000, e}')
}

run 2 "$WARM_SECONDS"
read -r req _ _ _ _ err <<< "$RUN"
echo "warm-up: $req requests at 2 connections in $WARM_SECONDS s, $err errors (not recorded)"
[ "$err" -eq 0 ] && [ "$req" -gt 0 ] || broke "warm-up: $err errors, $req requests"

for c in $LEVELS; do
  load_before=$(load)
  run "$c" "$WRK_SECONDS"
  read -r req secs p50 p95 p99 err <<< "$RUN"
  rps=$(awk -v q="$req" -v s="$secs" 'BEGIN {printf "%.1f", (s > 0) ? q / s : 0}')
  echo "mix at $c connections: $req requests in $secs s = $rps/s; p50 $p50 ms, p95 $p95 ms, p99 $p99 ms;" \
       "$err errors; load average $load_before -> $(load)"
  [ "$err" -eq 0 ] && [ "$req" -gt 0 ] || broke "mix at $c connections: $err errors, $req requests"
  figure mix "c$c.rps" "$rps" "req/s"
  figure mix "c$c.p50" "$p50" ms
  figure mix "c$c.p95" "$p95" ms
  figure mix "c$c.p99" "$p99" ms
done

explain
echo "load average at the end: $(load)"
