#!/usr/bin/env bash
# Issue 17's read-side target: the 90-day KPI report (GET /api/reports/kpis) over 1,000,000 cases on
# PostgreSQL answers at p95 <= 300 ms, with the heap flat (docs/benchmarks.md section 8; run-all.sh's
# part `kpi`).
#
# One run: a fresh database; the packaged server started on it (Flyway migrates it); CASES cases over
# the last DAYS days seeded straight into the real schema, with the daily KPI rows their events would
# have added (src/bench/kpi-seed.sql: INSERT ... SELECT ... GROUP BY over the same cases; with
# PREVIOUS=1 the same rows once more for the period before, which the report reads for its trends);
# the admin signs in (POST /api/session, as the dashboard does) and the report is checked (HTTP 200,
# its total of complaints in equal to the rows' sum); the heap after a full GC; a warm-up (JIT, not
# recorded); then wrk at each concurrency of LEVELS, WRK_SECONDS each, on two reports:
#   day       ?from=<DAYS-1 days ago>&to=<today>                 (per day, every department)
#   week-dept ?from=...&to=...&groupBy=week&department=DEPARTMENT (per ISO week, one department)
# then the heap after a full GC again, and EXPLAIN ANALYZE of the statements JpaKpiLedger runs for the
# day report (mirrored here; see ledger_sql below), to say where the time goes.
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy
# Usage:        src/bench/kpi-query.sh            the whole run
#               src/bench/kpi-query.sh explain    only the EXPLAIN ANALYZE of the ledger's statements, on the
#                                                 database a run kept (KEEP_DB=true), with no server
# Settings (environment): CASES (1000000), DAYS (90), PREVIOUS (1), LEVELS ("1 4 16"), WRK_SECONDS (10),
#   WARM_SECONDS (20), DEPARTMENT (Financeiro), HTTP_PORT (9390), HTTPS_PORT (9391),
#   PG_DB (triagem_kpi_bench), KEEP_DB (false: dropped at the end), JFR (a name: a flight recording of
#   the server under target/bench-kpi/), EXTRA_SQL (a file run after the seeding, e.g. an index to try)
# Output: readable lines, and for run-all.sh one line per figure: figure,<benchmark>,<metric>,<value>,<unit>.
# Exits non-zero when something broke (server, seeding, a wrong report, a wrk error, no requests, a
# missing figure); never because of a timing. Loopback only; each wrk run is bounded by WRK_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES=${CASES:-1000000}
DAYS=${DAYS:-90}
PREVIOUS=${PREVIOUS:-1}
LEVELS=${LEVELS:-1 4 16}
WRK_SECONDS=${WRK_SECONDS:-10}
WARM_SECONDS=${WARM_SECONDS:-20}
DEPARTMENT=${DEPARTMENT:-Financeiro}
HTTP_PORT=${HTTP_PORT:-9390}
HTTPS_PORT=${HTTPS_PORT:-9391}
PG_DB=${PG_DB:-triagem_kpi_bench}
KEEP_DB=${KEEP_DB:-false}
PG="-h 127.0.0.1 -U postgres"
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
PIDFILE=$WLP/usr/servers/.pid/triagem.pid
BASE="http://127.0.0.1:$HTTP_PORT"
OUT=target/bench-kpi
mkdir -p "$OUT"

[ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || {
  echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
for tool in wrk psql jcmd curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk postgresql-client ...)" >&2; exit 2; }
done

figure() { echo "figure,$1,$2,$3,$4"; }   # figure BENCHMARK METRIC VALUE UNIT, for run-all.sh
broke() { echo "kpi-query: $*" >&2; exit 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
sql() { psql $PG -d "$PG_DB" -tAc "$1"; }

server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
cleanup() {
  server_stop
  rm -f "$SERVER/configDropins/overrides/zz-kpi-bench.xml"
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
  # A Maven build with -Ppostgres (the ITs) leaves its database in configDropins/overrides, which beats
  # bootstrap.properties, and the server follows a change of it at run time: name this run's database
  # last there too (overrides apply in file-name order).
  mkdir -p "$SERVER/configDropins/overrides"
  cat > "$SERVER/configDropins/overrides/zz-kpi-bench.xml" <<XML
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

# heap_after_gc: the used heap after a full GC (jcmd GC.run, then GC.heap_info), in MB.
heap_after_gc() {
  local pid
  pid=$(cat "$PIDFILE")
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | tee -a "$OUT/heap.txt" | grep -o 'used [0-9]*K' | head -1 | awk '{printf "%.1f", $2 / 1024}'
}

TO=$(TZ=America/Sao_Paulo date +%F)
FROM=$(TZ=America/Sao_Paulo date -d "$TO - $(( DAYS - 1 )) days" +%F)
window="report_day BETWEEN DATE '$FROM' AND DATE '$TO'"

# ---------------------------------------------------------------- where the time goes
explain_ledger() {
  # The statements JpaKpiLedger runs for the day report of an admin (read, readBuckets, openedByCategory,
  # resolvedByRootCause, openedByTag: each over the period and the one before it, in one pass), with the
  # same WHERE and GROUP BY; its SUMs are taken from the table's BIGINT columns (Counter's columns).
  # Mirrored here: keep in step. Two sets: `rollup`, the report as the dashboard asks for it (no category,
  # priority or agent: the department-and-channel roll-ups, V35), and `detailed`, the same report with
  # every priority listed, which selects the same cases from the detailed rows (the path of a category,
  # priority or agent filter).
  sums=$(sql "SELECT string_agg('SUM(' || column_name || ')', ', ' ORDER BY ordinal_position) FROM information_schema.columns
              WHERE table_name = 'kpi_daily' AND data_type = 'bigint'")
  # the roll-up's rows are keyed as the report groups: JpaKpiLedger reads them as they stand
  columns=$(sql "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
                 WHERE table_name = 'kpi_daily' AND data_type = 'bigint'")
  PREV_FROM=$(date -d "$FROM - $DAYS days" +%F)
  both="report_day >= DATE '$PREV_FROM' AND report_day <= DATE '$TO'"
  split="report_day >= DATE '$FROM'"
  every="priority IN ('P1', 'P2', 'P3', 'P4')"
  top() {  # top TABLE NAME COUNT [AND ...]: one top list, now and before, as JpaKpiLedger.split
    echo "SELECT $2, SUM(CASE WHEN $split THEN $3 ELSE 0 END), SUM(CASE WHEN NOT ($split) THEN $3 ELSE 0 END) FROM $1 WHERE $both ${4:-} GROUP BY $2"
  }
  declare -A LEDGER=(
    [rollup.read]="SELECT report_day, department, channel, $columns FROM kpi_rollup WHERE $both"
    [rollup.readBuckets]="SELECT report_day, series, bucket, SUM(cases) FROM kpi_rollup_time WHERE $both GROUP BY report_day, series, bucket"
    [rollup.openedByCategory]="$(top kpi_rollup_category category opened)"
    [rollup.resolvedByRootCause]="$(top kpi_rollup_root_cause root_cause resolved)"
    [rollup.openedByTag]="$(top kpi_rollup_tag tag opened)"
    [detailed.read]="SELECT report_day, department, channel, $sums FROM kpi_daily WHERE $both AND $every GROUP BY report_day, department, channel"
    [detailed.readBuckets]="SELECT report_day, series, bucket, SUM(cases) FROM kpi_daily_time WHERE $both AND $every GROUP BY report_day, series, bucket"
    [detailed.openedByCategory]="$(top kpi_daily category opened "AND $every")"
    [detailed.resolvedByRootCause]="$(top kpi_daily_root_cause root_cause resolved "AND $every")"
    [detailed.openedByTag]="$(top kpi_daily_tag tag opened "AND $every")"
  )
  local statements="read readBuckets openedByCategory resolvedByRootCause openedByTag"
  : > "$OUT/explain.txt"
  for path in rollup detailed; do
    local total=0
    for q in $statements; do
      plan=$(sql "EXPLAIN (ANALYZE, BUFFERS) ${LEDGER[$path.$q]}")
      printf '== %s.%s\n%s\n%s\n\n' "$path" "$q" "${LEDGER[$path.$q]}" "$plan" >> "$OUT/explain.txt"
      ms=$(echo "$plan" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')
      [ -n "$ms" ] || broke "no EXPLAIN ANALYZE time for $path.$q"
      echo "ledger $path $q: ${ms} ms in PostgreSQL, plan: $(echo "$plan" | grep -o -m1 '\(Index Only Scan\|Index Scan\|Bitmap Heap Scan\|Seq Scan\|Parallel Seq Scan\) on [a-z_]*')"
      figure "ledger-$path" "$q.ms" "$ms" ms
      total=$(awk -v a="$total" -v b="$ms" 'BEGIN {print a + b}')
    done
    echo "ledger $path: the statements of one day report together: $total ms (plans in $OUT/explain.txt)"
    figure "ledger-$path" total.ms "$total" ms
    # The same statements 5 times in one session without parallel workers, and the CPU time its backend
    # used (/proc/<pid>/stat, utime + stime): the work per report, which a busy machine stretches in wall
    # time but does not change.
    {
      echo "SET max_parallel_workers_per_gather = 0;"
      echo "SELECT pg_backend_pid() AS backend \\gset"
      echo "\\setenv BACKEND :backend"
      echo "\\! awk '{print \"ticks-before\", \$14 + \$15}' /proc/\$BACKEND/stat"
      for _ in 1 2 3 4 5; do
        for q in $statements; do echo "${LEDGER[$path.$q]};"; done
      done
      echo "\\! awk '{print \"ticks-after\", \$14 + \$15}' /proc/\$BACKEND/stat"
    } > "$OUT/cpu-$path.sql"
    local ticks cpu
    ticks=$(psql $PG -d "$PG_DB" -q -o /dev/null -f "$OUT/cpu-$path.sql" | awk '/^ticks-before/ {b = $2} /^ticks-after/ {a = $2} END {print a - b}')
    cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t * 1000 / hz / 5}')
    echo "PostgreSQL CPU per day report, $path path (the statements, one backend, mean of 5): $cpu ms"
    figure "ledger-$path" cpu.ms "$cpu" ms
  done
}

if [ "${1:-}" = explain ]; then   # the kept database only: no server started or stopped, nothing dropped
  explain_ledger
  exit 0
fi
trap cleanup EXIT

# ---------------------------------------------------------------- database, server, data
: > "$OUT/heap.txt"; : > "$OUT/wrk.log"
T0=$(date +%s)
psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
start_server
echo "server started in $(( $(date +%s) - T0 )) s"
echo "server ready on $PG_DB; seeding $CASES cases over $DAYS days (previous period copied: $PREVIOUS), load $(load)"
started=$(date +%s)
psql $PG -q -v ON_ERROR_STOP=1 -v cases="$CASES" -v days="$DAYS" -v previous="$PREVIOUS" -d "$PG_DB" \
  -f src/bench/kpi-seed.sql > "$OUT/seed.log" 2>&1 || { tail -20 "$OUT/seed.log" >&2; broke "seeding failed"; }
if [ -n "${EXTRA_SQL:-}" ]; then
  psql $PG -q -v ON_ERROR_STOP=1 -d "$PG_DB" -f "$EXTRA_SQL" >> "$OUT/seed.log" 2>&1 || broke "EXTRA_SQL $EXTRA_SQL failed"
fi
echo "seeded in $(( $(date +%s) - started )) s, load $(load)"

cases=$(sql "SELECT count(*) FROM complaint_case")
for t in kpi_daily kpi_daily_time kpi_daily_root_cause kpi_daily_tag kpi_rollup kpi_rollup_time kpi_rollup_category \
         kpi_rollup_root_cause kpi_rollup_tag; do
  all=$(sql "SELECT count(*) FROM $t")
  inside=$(sql "SELECT count(*) FROM $t WHERE $window")
  echo "rows in $t: $all ($inside in $FROM..$TO), $(sql "SELECT pg_size_pretty(pg_total_relation_size('$t'))")"
  figure rows "$t" "$all" rows
  figure rows "$t.window" "$inside" rows
done
echo "cases: $cases"
figure rows complaint_case "$cases" cases
[ "$cases" -eq "$CASES" ] || broke "$cases cases in the database, $CASES seeded"

# ---------------------------------------------------------------- sign in, check the reports
curl -fs -o /dev/null -c "$OUT/cookies" -X POST "$BASE/api/session" -H 'X-Triagem-CSRF: 1' \
  -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin-demo"}' || broke "admin sign-in failed"
COOKIE=$(awk '$6 == "TriagemSSO" {print $6 "=" $7}' "$OUT/cookies")
[ -n "$COOKIE" ] || broke "no TriagemSSO cookie after sign-in"
export KPI_COOKIE=$COOKIE

declare -A URL=(
  [day]="$BASE/api/reports/kpis?from=$FROM&to=$TO"
  [week-dept]="$BASE/api/reports/kpis?from=$FROM&to=$TO&groupBy=week&department=$DEPARTMENT"
  [day-detailed]="$BASE/api/reports/kpis?from=$FROM&to=$TO&priority=P1,P2,P3,P4"
)
declare -A WHERE=([day]="$window" [week-dept]="$window AND department = '$DEPARTMENT'" [day-detailed]="$window")
# check NAME: the report answers 200 and its total of complaints in is the detailed rows' sum (the day
# and week reports read the roll-ups, day-detailed the detailed rows).
check() {
  local status want got
  status=$(curl -s -o "$OUT/$1.json" -w '%{http_code}' -H "Cookie: $COOKIE" "${URL[$1]}")
  [ "$status" = 200 ] || broke "report $1 answered $status: $(head -c 300 "$OUT/$1.json")"
  want=$(sql "SELECT coalesce(sum(opened), 0) FROM kpi_daily WHERE ${WHERE[$1]}")
  got=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(r["total"]["opened"], len(r["periods"]))' "$OUT/$1.json")
  echo "report $1: total.opened and periods = $got; rows' sum of opened = $want; $(wc -c < "$OUT/$1.json") bytes"
  [ "${got%% *}" = "$want" ] || broke "report $1: total.opened ${got%% *}, the rows say $want"
}
check day
check week-dept
check day-detailed
# Every priority selects the same cases as none: the two read paths must give the same report.
python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
  "$OUT/day.json" "$OUT/day-detailed.json" || broke "the day report differs between the roll-ups and the detailed rows"
echo "report day: the roll-ups and the detailed rows give the same report"

before=$(heap_after_gc)
echo "heap after a full GC before the load: $before MB"
figure heap before.used "$before" MB

# ---------------------------------------------------------------- load
# run NAME CONNECTIONS SECONDS: sets RUN="requests seconds p50 p95 p99 errors" (ms)
run() {
  local t=$(( $2 < 2 ? 1 : 2 )) out r
  out=$(wrk -t"$t" -c"$2" -d"${3}s" --timeout 10s -s src/bench/kpi-report.lua "${URL[$1]}" 2>&1) || true
  echo "$out" >> "$OUT/wrk.log"
  r=$(echo "$out" | grep '^result,' | tail -1)
  [ -n "$r" ] || { RUN="0 0 0 0 0 1"; return; }
  IFS=, read -r _ req dur p50 p95 p99 err <<< "$r"
  RUN=$(awk -v q="$req" -v d="$dur" -v a="$p50" -v b="$p95" -v c="$p99" -v e="$err" \
      'BEGIN {printf "%d %.1f %.1f %.1f %.1f %d\n", q, d / 1e6, a / 1000, b / 1000, c / 1000, e}')
}

# drain: wrk stops at its deadline with requests in flight, which the server still answers; the next run
# starts once the database is idle again (at most 300 s), or it would measure the previous one's tail.
drain() {
  local deadline=$(( $(date +%s) + 300 ))
  while [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'
                  AND pid <> pg_backend_pid()")" -gt 0 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the server was still busy 300 s after a run" >&2; return; }
    sleep 0.5
  done
}

run day 4 "$WARM_SECONDS"
drain
read -r req _ _ _ _ err <<< "$RUN"
echo "warm-up: $req requests at 4 connections in $WARM_SECONDS s, $err errors (not recorded)"
[ "$err" -eq 0 ] && [ "$req" -gt 0 ] || broke "warm-up: $err errors, $req requests"

for name in day week-dept; do
  for c in $LEVELS; do
    load_before=$(load)
    run "$name" "$c" "$WRK_SECONDS"
    drain
    read -r req secs p50 p95 p99 err <<< "$RUN"
    rps=$(awk -v q="$req" -v s="$secs" 'BEGIN {printf "%.1f", (s > 0) ? q / s : 0}')
    echo "report $name at $c connections: $req requests in $secs s = $rps/s; p50 $p50 ms, p95 $p95 ms, p99 $p99 ms;" \
         "$err errors; load average $load_before -> $(load)"
    [ "$err" -eq 0 ] && [ "$req" -gt 0 ] || broke "report $name at $c connections: $err errors, $req requests"
    figure "report-$name" "c$c.rps" "$rps" "req/s"
    figure "report-$name" "c$c.requests" "$req" requests
    figure "report-$name" "c$c.p50" "$p50" ms
    figure "report-$name" "c$c.p95" "$p95" ms
    figure "report-$name" "c$c.p99" "$p99" ms
  done
done

# The server's CPU per day report: 5 reports one after the other, the JVM's utime + stime around them
# (an idle server's own threads add a little); PostgreSQL's share is measured apart (explain_ledger).
ticks_before=$(awk '{print $14 + $15}' "/proc/$(cat "$PIDFILE")/stat")
for _ in 1 2 3 4 5; do curl -fs -o /dev/null -H "Cookie: $COOKIE" "${URL[day]}" || broke "report day failed"; done
ticks=$(( $(awk '{print $14 + $15}' "/proc/$(cat "$PIDFILE")/stat") - ticks_before ))
jvm_cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t * 1000 / hz / 5}')
echo "server (JVM) CPU per day report, mean of 5 in a row: $jvm_cpu ms"
figure report-day jvm-cpu.ms "$jvm_cpu" ms

after=$(heap_after_gc)
echo "heap after a full GC after the load: $after MB (before: $before MB)"
figure heap after.used "$after" MB

explain_ledger
echo "load average at the end: $(load)"
