#!/usr/bin/env bash
# One command that measures Triagem against this machine's limits (issue 8) and writes the summary,
# section 0 of docs/benchmarks.md, between the markers <!-- run-all:begin --> and <!-- run-all:end -->,
# and the raw figures as CSV under src/bench/results/ (<UTC time>.csv, and latest.csv, the one kept in
# git: the newest figure of every benchmark, so a run of some parts keeps the others' last figures).
#
#   src/bench/run-all.sh [--smoke] [--only PART,PART...] [--no-build]
#
# Parts (all by default, in this order):
#   intake      web form and call.started with wrk at rising concurrency until saturation, then at
#               70 % of it in an open loop, on the embedded H2 and on PostgreSQL; beside them pgbench on
#               the same PostgreSQL inserting a case-shaped row into the real schema, one commit per
#               row, 16 clients (the reference)
#   startup     process start to /health/ready UP, 5 runs (src/bench/measure-startup.sh)
#   heap        heap after a full GC with 1 M cases in PostgreSQL, against the same server empty
#   rules       JMH DecisionBenchmark and SequentialBaselineBenchmark at rows=1000 (section 1)
#   email       src/bench/email-throughput.sh, Dovecot on loopback to committed cases (section 5)
#   phone       src/bench/phone-wrk.sh, signed call.started at 500/s with 10 % retries (section 6)
#   escalation  EscalationSweepBenchmark (checkpoints/s) and src/bench/escalation-claim.sh (section 7)
#   kpi         src/bench/kpi-query.sh: the 90-day KPI report over 1 M cases on PostgreSQL with wrk as a
#               signed-in admin, p50/p95/p99 at 1, 4 and 16 connections, heap after a full GC before
#               and after the load (section 8)
#   search      src/bench/search-query.sh: the staff search over 1 M cases on PostgreSQL, a mix of six
#               realistic queries (an admin's and an agent's) with wrk, p50/p95/p99 at 1 and 4 connections,
#               and each query alone (section 9)
#   impact      src/bench/impact-preview.sh: the impact preview of a proposed rule-set version over
#               100,000 past cases on PostgreSQL, timed end to end, 3 runs (section 10)
#   retention   src/bench/retention-job.sh: the retention job anonymising 100,000 closed cases on PostgreSQL
#               while wrk posts web-form complaints, cases/s and intake during the run (section 11)
#
# --smoke   every part for a few seconds with small counts (H2 where the part allows), results in
#           target/bench-smoke/ (docs/ and src/bench/results/ untouched); exits non-zero when a
#           script or a load run broke (errors, no requests, a missing figure). It asserts that the
#           benchmarks work, never a timing: .ci/run calls it.
# --no-build  use the server already built in target/ (mvn -DskipTests package liberty:create
#           liberty:deploy, and for rules/escalation mvn -Pbench test-compile).
#
# JFR=name records a flight recording of every server started (target/bench-run/name-<db>-<time>.jfr).
# A full run is bounded (each wrk run 8 s, at most 7 concurrency levels, 3 repeats) and loopback only.
# Its figures count only on a quiet machine: run it with nothing else running (on a shared machine
# with the `bench-exclusive` lock, if it has one; the build inside is not wrapped in `heavy`).
# Ports: HTTP_PORT (9980) and HTTPS_PORT (9981) for the measured server, the next ones (up to 9999) for
# the email, escalation, phone and kpi scripts. Databases: DB_PREFIX (triagem_benchrun) and suffixes, dropped and
# created again by each part. PostgreSQL: 127.0.0.1:5432, user postgres, started when not running.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

SMOKE=false
BUILD=true
PARTS="intake,startup,heap,rules,email,phone,escalation,kpi,search,impact,retention"
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=true ;;
    --no-build) BUILD=false ;;
    --only) PARTS=$2; shift ;;
    --only=*) PARTS=${1#--only=} ;;
    -h|--help) sed -n '2,40p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for p in ${PARTS//,/ }; do
  case "$p" in intake|startup|heap|rules|email|phone|escalation|kpi|search|impact|retention) ;; *) echo "unknown part $p" >&2; exit 2 ;; esac
done
wants() { [[ ",$PARTS," == *",$1,"* ]]; }

HTTP_PORT=${HTTP_PORT:-9980}
HTTPS_PORT=${HTTPS_PORT:-9981}
DB_PREFIX=${DB_PREFIX:-triagem_benchrun}
PG="-h 127.0.0.1 -U postgres"
SECRET=whsec_YmVuY2gtb25seS1waG9uZS1zZWNyZXQ=   # "bench-only-phone-secret"; this server only
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
PIDFILE=$WLP/usr/servers/.pid/triagem.pid
BASE="http://127.0.0.1:$HTTP_PORT"

if $SMOKE; then
  OUT=$ROOT/target/bench-smoke
  WRK_SECONDS=2; WARM_SECONDS=2; LEVELS="1 4"; REPEATS=1; PGBENCH_SECONDS=2; PGBENCH_RUNS=1
  STARTUP_RUNS=1; HEAP_CASES=10000; CALLS_PER_RUN=3000
  INTAKE_DBS="h2"
else
  OUT=$ROOT/src/bench/results
  WRK_SECONDS=8; WARM_SECONDS=20; LEVELS="1 2 4 8 16 32 64"; REPEATS=3; PGBENCH_SECONDS=8; PGBENCH_RUNS=3
  STARTUP_RUNS=5; HEAP_CASES=1000000; CALLS_PER_RUN=40000
  INTAKE_DBS="h2 pg"
fi
mkdir -p "$OUT" target/bench-run
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
CSV=$OUT/$STAMP.csv
LOG=target/bench-run/run-all-$STAMP.log
FAILED=()
echo "date,part,benchmark,db,metric,value,unit,load" > "$CSV"

say() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }
# record PART BENCHMARK DB METRIC VALUE UNIT: one raw figure, with the 1-minute load average.
record() { echo "$STAMP,$1,$2,$3,$4,$5,$6,$(load)" >> "$CSV"; say "  $2 [$3] $4 = $5 $6"; }
fail() { FAILED+=("$1"); say "FAILED: $1"; }
# mvn_logged ARGS: Maven online (a fresh machine, as in CI, has not yet downloaded the bench profile's
# plugins), output to the log; on failure the log's tail is shown, since CI prints only this console.
mvn_logged() {
  mvn -B -q "$@" >> "$LOG" 2>&1 && return 0
  local rc=$?
  say "mvn $* failed ($rc); the end of $LOG:"; tail -40 "$LOG" >&2
  return $rc
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print ""; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# ---------------------------------------------------------------- machine, PostgreSQL, build
# The tools each part needs, checked before anything runs (.ci/run installs them on a fresh machine):
# a missing wrk would otherwise show up only as a series of runs with no requests.
need=(curl psql pg_isready python3 java mvn)
wants intake && need+=(wrk pgbench)
wants phone && need+=(wrk)
wants kpi && need+=(wrk jcmd)
wants search && need+=(wrk)
wants retention && need+=(wrk)
wants email && need+=(/usr/sbin/dovecot)
for tool in "${need[@]}"; do
  command -v "$tool" >/dev/null || { echo "run-all: $tool is missing (apt-get install wrk postgresql dovecot-imapd ...)" >&2; exit 2; }
done
MACHINE_CORES=$(nproc)
MACHINE_MEM=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)
MACHINE_JDK=$(java -version 2>&1 | head -1 | sed 's/"//g')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "run-all: parts $PARTS, smoke $SMOKE, $MACHINE_CORES cores, $MACHINE_MEM, $MACHINE_JDK, load $LOAD_BEFORE"

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  say "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
PG_VERSION=$(psql $PG -tAc 'SHOW server_version' | cut -d' ' -f1)

if $BUILD; then
  say "building: mvn -DskipTests package liberty:create liberty:deploy"
  mvn_logged -DskipTests package liberty:create liberty:deploy
  if wants rules || wants escalation; then
    mvn_logged -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
        -Dmdep.includeScope=test
  fi
fi
[ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || { echo "no server in target/: build first" >&2; exit 2; }

# ---------------------------------------------------------------- the measured server
# configure DB [extra bootstrap lines]: the packaged WAR (not the loose application, so a compile
# during a run cannot change the code under measurement), our ports, the demo sign-in (the heap part
# reads the staff queue), this run's webhook secret, and the database.
configure() {
  local db=$1; shift
  rm -f "$SERVER/dropins/triagem.war.xml" "$SERVER/jvm.options"
  # JFR=name: a flight recording of each server this script starts (target/bench-run/name-<db>-*.jfr).
  if [ -n "${JFR:-}" ]; then
    echo "-XX:StartFlightRecording=filename=$ROOT/target/bench-run/$JFR-$db-$(date +%H%M%S).jfr,settings=profile" \
      > "$SERVER/jvm.options"
  fi
  cp target/triagem.war "$SERVER/dropins/triagem.war"
  {
    echo "http.port=$HTTP_PORT"
    echo "https.port=$HTTPS_PORT"
    echo "triagem.auth=dev"
    echo "triagem.phone.webhook-secrets=$SECRET"
    if [ "$db" = pg ]; then
      echo "triagem.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
      echo "triagem.db.datasource=org.postgresql.ds.PGSimpleDataSource"
      echo "triagem.db.user=postgres"
    fi
    for line in "$@"; do echo "$line"; done
  } > "$SERVER/bootstrap.properties"
}
fresh_db() {  # fresh_db h2|pg [name]
  if [ "$1" = pg ]; then
    PG_DB=${2:-$DB_PREFIX}
    psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  else
    rm -rf "$SERVER/data"
  fi
}
server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
server_start() {  # returns non-zero when the server is not ready within 180 s
  server_stop
  rm -rf "$SERVER/logs"
  "$WLP/bin/server" start triagem >/dev/null
  local deadline=$(( $(date +%s) + 180 ))
  until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || { say "server not ready after 180 s"; return 1; }
    sleep 0.5
  done
}
trap 'server_stop' EXIT

# ---------------------------------------------------------------- (a) intake
# [RATE=n] wrk_run SCRIPT CONNECTIONS SECONDS: sets WRK="rps p50_ms p99_ms errors requests"; with RATE
# an open loop at n requests/s (src/bench/pace.lua), else wrk's closed loop.
wrk_run() {
  local script=$1 c=$2 secs=$3 t=$(( $2 < 2 ? 1 : 2 )) out
  if [ "$script" = call-started ]; then
    calls_start=$(( calls_start + CALLS_PER_RUN ))
    java src/bench/SignedCalls.java "$SECRET" "$CALLS_PER_RUN" "$calls_start" target/bench-run/calls.tsv
  fi
  out=$(RATE=${RATE:-} THREADS=$t CALLS=target/bench-run/calls.tsv \
        wrk -t"$t" -c"$c" -d"${secs}s" --timeout 10s -s "src/bench/$script.lua" "$BASE" 2>&1) || true
  echo "$out" >> "$LOG"
  local r
  r=$(echo "$out" | grep '^result,' | tail -1)
  [ -n "$r" ] || { WRK="0 0 0 1 0"; return; }
  IFS=, read -r _ req dur p50 p99 err <<< "$r"
  if [ "$script" = call-started ] && [ "$req" -gt "$CALLS_PER_RUN" ]; then
    say "  more requests ($req) than signed deliveries ($CALLS_PER_RUN): the rest were retries"
    err=$(( err + 1 ))
  fi
  WRK=$(awk -v q="$req" -v d="$dur" -v a="$p50" -v b="$p99" -v e="$err" \
      'BEGIN {printf "%.1f %.2f %.2f %d %d\n", q * 1e6 / d, a / 1000, b / 1000, e, q}')
}

# intake_series DB SCRIPT: rising concurrency until saturation, then the 70 % point repeated.
intake_series() {
  local db=$1 script=$2 best=0 cbest=0 flat=0 c rps p50 p99 err req
  say "intake $script on $db: warm-up ${WARM_SECONDS}s at 8 connections (JIT), not recorded"
  wrk_run "$script" 8 "$WARM_SECONDS"
  for c in $LEVELS; do
    wrk_run "$script" "$c" "$WRK_SECONDS"
    read -r rps p50 p99 err req <<< "$WRK"
    record intake "$script" "$db" "c$c.rps" "$rps" "req/s"
    record intake "$script" "$db" "c$c.p99" "$p99" "ms"
    [ "$err" -eq 0 ] && [ "$req" -gt 0 ] || fail "intake $script $db c=$c: $err errors, $req requests"
    # Saturated when two levels in a row gain less than 5 % over the best so far.
    if awk -v r="$rps" -v b="$best" 'BEGIN {exit !(r > b * 1.05)}'; then flat=0; else flat=$(( flat + 1 )); fi
    if awk -v r="$rps" -v b="$best" 'BEGIN {exit !(r > b)}'; then best=$rps; cbest=$c; fi
    [ "$flat" -ge 2 ] && break
  done
  record intake "$script" "$db" saturation.rps "$best" "req/s"
  record intake "$script" "$db" saturation.connections "$cbest" "connections"
  # The 70 % point: an open loop (src/bench/pace.lua) at 0.7 x saturation, on twice the connections
  # that saturated the server (so one is nearly always free to send on schedule), run REPEATS times;
  # the medians of the rate reached, p50 and p99 are recorded.
  local rate70 c70 rates=() p50s=() p99s=()
  rate70=$(awk -v s="$best" 'BEGIN {printf "%d", 0.7 * s}')
  c70=$(( cbest * 2 < 4 ? 4 : cbest * 2 ))
  record intake "$script" "$db" p70.offered "$rate70" "req/s"
  for _ in $(seq 1 "$REPEATS"); do
    RATE=$rate70 wrk_run "$script" "$c70" "$WRK_SECONDS"
    read -r rps p50 p99 err req <<< "$WRK"
    [ "$err" -eq 0 ] && [ "$req" -gt 0 ] || fail "intake $script $db 70% ($rate70/s on $c70): $err errors"
    rates+=("$rps"); p50s+=("$p50"); p99s+=("$p99")
  done
  record intake "$script" "$db" p70.connections "$c70" "connections"
  record intake "$script" "$db" p70.rps "$(printf '%s\n' "${rates[@]}" | median)" "req/s"
  record intake "$script" "$db" p70.p50 "$(printf '%s\n' "${p50s[@]}" | median)" "ms"
  record intake "$script" "$db" p70.p99 "$(printf '%s\n' "${p99s[@]}" | median)" "ms"
}

# The reference: pgbench inserting a case-shaped row (the real complaint_case table, its indexes and
# constraints, from the real migrations) with one commit per row, 16 clients, median of the runs.
pgbench_reference() {
  local db=${DB_PREFIX}_ref tps=()
  psql $PG -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  for f in $(ls src/main/resources/db/migration/V*.sql | sort -V); do   # V10 after V9
    sed -e "s/\${checkpoint_due_index}/(due_at, id) WHERE fired_at IS NULL/" \
        -e "s/\${outbox_recipient_index}/(lower(recipient), created_at)/" "$f"
  done | psql $PG -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null
  psql $PG -q -d "$db" -c "CREATE SEQUENCE bench_case_seq" >/dev/null
  cat > target/bench-run/case-insert.sql <<'SQL'
INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, subject, description,
    category, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,
    sla_legal_days, legal_deadline, rule_set_version, fired_rules, opened_at, version)
  SELECT n, lpad(n::text, 14, '0'), 'WEB_FORM', 'Maria Souza', 'c' || n || '@bench.test', 'Carga ' || n,
    'Fui cobrado duas vezes na fatura do cartão (pedido ' || n || ')', 'cobranca', 'Financeiro', 'P3',
    'NEW', 240, 1440, 7, now() + interval '7 days', 'v1 sha256:0123456789ab',
    'Reclamações sobre cobranças e faturas vão para o Financeiro', now(), 1
  FROM nextval('bench_case_seq') n;
SQL
  for _ in $(seq 1 "$PGBENCH_RUNS"); do
    tps+=("$(pgbench $PG -n -c 16 -j 2 -T "$PGBENCH_SECONDS" -f target/bench-run/case-insert.sql "$db" 2>>"$LOG" \
      | awk '/^tps/ {print $3; exit}')")
  done
  local m
  m=$(printf '%s\n' "${tps[@]}" | median)
  [ -n "$m" ] || fail "pgbench reference gave no figure"
  record intake pgbench pg case-insert.16clients.tps "${m:-0}" "rows/s"
  psql $PG -q -c "DROP DATABASE IF EXISTS $db" >/dev/null
}

part_intake() {
  calls_start=$(( $(date +%s) * 100000 % 90000000 ))  # distinct event ids and callers from run to run
  for db in $INTAKE_DBS; do
    fresh_db "$db"
    configure "$db"
    server_start || { fail "intake: server on $db"; continue; }
    for script in webform call-started; do intake_series "$db" "$script"; done
    if [ "$db" = pg ]; then
      record intake cases pg opened "$(psql $PG -d "$PG_DB" -tAc 'SELECT count(*) FROM complaint_case')" cases
    fi
    server_stop
  done
  pgbench_reference
}

# ---------------------------------------------------------------- (b) start-up
part_startup() {
  fresh_db h2
  configure h2
  local out
  out=$(PORT=$HTTP_PORT src/bench/measure-startup.sh "$STARTUP_RUNS" 2>&1) || fail "measure-startup.sh"
  echo "$out" >> "$LOG"
  local ms
  ms=$(echo "$out" | sed -n 's/.*ready after \([0-9]*\) ms.*/\1/p')
  [ -n "$ms" ] || fail "start-up: no figure"
  local i=0
  for m in $ms; do i=$((i + 1)); record startup ready h2 "run$i" "$(awk -v m="$m" 'BEGIN {printf "%.1f", m / 1000}')" s; done
  record startup ready h2 median "$(echo "$ms" | median | awk '{printf "%.1f", $1 / 1000}')" s
}

# ---------------------------------------------------------------- (c) heap with 1 M cases
# heap_after_gc: the used heap after a full GC (jcmd GC.run, then GC.heap_info), in MB.
heap_after_gc() {
  local pid
  pid=$(cat "$PIDFILE")
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | tee -a "$LOG" | grep -o 'used [0-9]*K' | head -1 | awk '{printf "%.1f", $2 / 1024}'
}
# What staff and intake do with the cases: the queue (the department's, by legal deadline, and a text
# search), the supervisor's backlog, and a few new complaints.
exercise_server() {
  local ok=0
  for _ in 1 2 3; do
    curl -fs -u fabio:fabio-demo "$BASE/api/cases?department=Financeiro&sort=due&limit=200" -o /dev/null && ok=$((ok + 1))
    curl -fs -u fabio:fabio-demo "$BASE/api/cases?status=NEW&limit=50" -o /dev/null && ok=$((ok + 1))
    curl -fs -u fabio:fabio-demo "$BASE/api/cases?q=pedido+4242&limit=50" -o /dev/null && ok=$((ok + 1))
    curl -fs -u sofia:sofia-demo "$BASE/api/cases/backlog" -o /dev/null && ok=$((ok + 1))
    curl -fs -u admin:admin-demo "$BASE/api/cases?sort=due&limit=200" -o /dev/null && ok=$((ok + 1))
  done
  for i in $(seq 1 50); do
    curl -fs -X POST "$BASE/api/intake/webform" -H 'Content-Type: application/json' \
      -d "{\"email\":\"heap$i@bench.test\",\"description\":\"Cobrança indevida na fatura $i\"}" -o /dev/null && ok=$((ok + 1))
  done
  echo "$ok"
}
part_heap() {
  fresh_db pg "${DB_PREFIX}_heap"
  configure pg
  server_start || { fail "heap: server"; return; }
  local ok empty full
  ok=$(exercise_server); [ "$ok" -eq 65 ] || fail "heap: $ok of 65 requests answered on the empty database"
  empty=$(heap_after_gc)
  record heap after-full-gc pg empty.used "$empty" MB
  say "heap: filling $HEAP_CASES cases"
  # Open cases of the last 30 days over five departments, four priorities and the open statuses, each
  # with its opening history event, in the schema Flyway just migrated; ids and protocols far from
  # those the server draws (protocol year 1999, with its Luhn check digit, as ProtocolNumber checks).
  psql $PG -q -v ON_ERROR_STOP=1 -d "$PG_DB" >> "$LOG" <<SQL
CREATE FUNCTION pg_temp.protocol(body text) RETURNS text LANGUAGE sql IMMUTABLE AS \$\$
  SELECT body || ((10 - sum(CASE WHEN (length(body) - i) % 2 = 0
                               THEN (2 * substr(body, i, 1)::int) - CASE WHEN substr(body, i, 1)::int > 4 THEN 9 ELSE 0 END
                               ELSE substr(body, i, 1)::int END) % 10) % 10)::text
  FROM generate_series(1, length(body)) i
\$\$;
INSERT INTO complaint_case (id, protocol, channel, customer_name, customer_email, subject, description,
    category, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,
    sla_legal_days, legal_deadline, rule_set_version, fired_rules, opened_at, version)
  SELECT 1000000000 + g, pg_temp.protocol('1999' || lpad(g::text, 9, '0')), (ARRAY['WEB_FORM','EMAIL','PHONE'])[1 + g % 3],
    'Cliente ' || g, 'cliente' || g || '@bench.test', 'Reclamação ' || g,
    'Fui cobrado duas vezes (pedido ' || g || ')', 'cobranca',
    (ARRAY['Financeiro','Logística','Ouvidoria','Jurídico','Atendimento'])[1 + g % 5],
    'P' || (1 + g % 4), (ARRAY['NEW','ASSIGNED','IN_PROGRESS'])[1 + g % 3], 240, 1440, 7,
    now() + interval '7 days' - (g % 43200) * interval '1 minute', 'v1 sha256:0123456789ab',
    'bench', now() - (g % 43200) * interval '1 minute', 1
  FROM generate_series(1, $HEAP_CASES) g;
VACUUM ANALYZE complaint_case;
SQL
  record heap cases pg in-database "$(psql $PG -d "$PG_DB" -tAc 'SELECT count(*) FROM complaint_case')" cases
  ok=$(exercise_server); [ "$ok" -eq 65 ] || fail "heap: $ok of 65 requests answered with the cases"
  full=$(heap_after_gc)
  record heap after-full-gc pg "cases.used" "$full" MB
  server_stop
}

# ---------------------------------------------------------------- (d) the other helpers' benchmarks
part_rules() {
  local args="-p rows=1000 -p condition=MENTION_FACT -rf csv -rff $ROOT/target/bench-run/jmh-rules.csv"
  $SMOKE && args="-p rows=10 -rf csv -rff $ROOT/target/bench-run/jmh-rules.csv -f 0 -wi 0 -i 1 -r 1s"
  rm -f target/bench-run/jmh-rules.csv
  mvn_logged -Pbench exec:exec -Djmh.args="$args DecisionBenchmark SequentialBaselineBenchmark" \
    || fail "rules JMH"
  [ -s target/bench-run/jmh-rules.csv ] || { fail "rules JMH: no results"; return; }
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",params...
  # The mean of each benchmark, and its p50 and p99 from the percentile rows of SampleTime
  # (decide:p0.50, decide:p0.99; the other percentiles are left out).
  python3 - target/bench-run/jmh-rules.csv <<'PY' | while IFS=, read -r name metric value unit; do record rules "$name" - "$metric" "$value" "$unit"; done
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))
head = rows[0]
metrics = {"": "avg", "p0.50": "p50", "p0.99": "p99"}
for r in rows[1:]:
    bench, _, pct = r[0].partition(":")
    if pct not in metrics:
        continue
    params = [f"{h[len('Param: '):]}={v}" for h, v in zip(head[7:], r[7:]) if v]
    name = bench.rsplit(".", 2)[-2] + "." + bench.rsplit(".", 1)[-1] + ("[" + ";".join(params) + "]" if params else "")
    print(f"{name},{metrics[pct]},{float(r[4]):.3f},{r[6]}")
PY
}

part_email() {
  local db=pg n=2000 runs=3 warmup=5000 out
  $SMOKE && { db=h2; n=50; runs=1; warmup=20; }
  out=$(WARMUP=$warmup HTTP_PORT=$((HTTP_PORT + 2)) HTTPS_PORT=$((HTTPS_PORT + 2)) IMAP_PORT=$((HTTP_PORT + 4)) \
        SMTP_PORT=$((HTTP_PORT + 5)) PG_DB=${DB_PREFIX}_email TIMEOUT=300 \
        src/bench/email-throughput.sh "$db" "$n" "$runs" 2>&1) || fail "email-throughput.sh"
  echo "$out" >> "$LOG"
  local m
  m=$(echo "$out" | sed -n 's/^median of .*: \([0-9.]*\) mails\/s.*/\1/p')
  [ -n "$m" ] || { fail "email: no figure"; return; }
  record email mails-per-second "$db" median "$m" "mails/s"
}

part_phone() {
  local runs=3 out m reached
  local load=(RATE=500 DURATION=20)
  $SMOKE && { runs=1; load=(RATE=50 DURATION=2 WARM=200 WARM_SECONDS=3); }
  out=$(env "${load[@]}" CONNECTIONS=8 HTTP_PORT=$((HTTP_PORT + 12)) HTTPS_PORT=$((HTTP_PORT + 13)) \
        PG_DB=${DB_PREFIX}_phone src/bench/phone-wrk.sh "$runs" 2>&1) || fail "phone-wrk.sh"
  echo "$out" >> "$LOG"
  m=$(echo "$out" | sed -n 's/^median p99 of .*: \([0-9.]*\) ms$/\1/p')
  [ -n "$m" ] || { fail "phone: no figure"; return; }
  record phone call-started pg p99.median "$m" ms
  # The rate reached by the run whose p99 is the median is not singled out: the median of the runs'.
  reached=$(echo "$out" | sed -n 's/^run [0-9]*: \([0-9]*\) requests .* in \([0-9]*\) s .*/\1 \2/p' \
            | awk '{print $1 / $2}' | median)
  record phone call-started pg reached.median "$reached" "req/s"
}

part_escalation() {
  local per=5000 runs=5 warmups=3 sizes="10000 1000000" claim_runs=5 claim_secs=5 out m
  $SMOKE && { per=200; runs=1; warmups=0; sizes="1000"; claim_runs=1; claim_secs=1; }
  psql $PG -q -c "DROP DATABASE IF EXISTS ${DB_PREFIX}_esc" -c "CREATE DATABASE ${DB_PREFIX}_esc" >/dev/null
  [ -f target/bench.cp ] || mvn_logged -Pbench test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
  out=$(java -Dit.sweep.http.port=$((HTTP_PORT + 6)) -Dit.sweep.https.port=$((HTTP_PORT + 10)) \
        -cp "$(cat target/bench.cp):target/classes:target/test-classes" org.triagem.bench.EscalationSweepBenchmark \
        "jdbc:postgresql://127.0.0.1:5432/${DB_PREFIX}_esc" "$per" "$runs" 4 "$warmups" 2>&1) || fail "EscalationSweepBenchmark"
  echo "$out" >> "$LOG"
  # Two figures: seeded to all fired (with the wait for the next poll), and first to last firing.
  m=$(echo "$out" | sed -n 's/^median \([0-9.]*\) checkpoints\/s.*/\1/p')
  if [ -n "$m" ]; then record escalation sweep pg checkpoints-per-second.median "$m" "checkpoints/s"
  else fail "escalation sweep: no figure"; fi
  m=$(echo "$out" | sed -n 's/^median .* applied \([0-9.]*\) checkpoints\/s.*/\1/p')
  if [ -n "$m" ]; then record escalation sweep pg applied-per-second.median "$m" "checkpoints/s"
  else fail "escalation sweep: no applied figure"; fi
  out=$(RUNS=$claim_runs SECONDS_PER_RUN=$claim_secs CLAIM_DB_PREFIX=${DB_PREFIX}_claim \
        src/bench/escalation-claim.sh $sizes 2>&1) || fail "escalation-claim.sh"
  echo "$out" >> "$LOG"
  for n in $sizes; do
    m=$(echo "$out" | sed -n "s/^open cases $n: .* claim of 200 median \([0-9.]*\) ms.*/\1/p")
    if [ -n "$m" ]; then record escalation claim pg "open$n.median" "$m" ms; else fail "escalation claim $n: no figure"; fi
  done
}

# The KPI report (issue 17): kpi-query.sh seeds its own database (1 M cases and their daily rows), starts
# the server on it and prints one "figure,benchmark,metric,value,unit" line per figure.
part_kpi() {
  local settings=(CASES=1000000 "LEVELS=1 4 16" WRK_SECONDS=10 WARM_SECONDS=20) out n=0 name c m
  $SMOKE && settings=(CASES=20000 "LEVELS=1 4" WRK_SECONDS=2 WARM_SECONDS=2)
  out=$(env "${settings[@]}" HTTP_PORT=$((HTTP_PORT + 16)) HTTPS_PORT=$((HTTP_PORT + 17)) PG_DB=${DB_PREFIX}_kpi \
        src/bench/kpi-query.sh 2>&1) || fail "kpi-query.sh"
  echo "$out" >> "$LOG"
  while IFS=, read -r _ bench metric value unit; do
    record kpi "$bench" pg "$metric" "$value" "$unit"; n=$((n + 1))
  done < <(echo "$out" | grep '^figure,')
  [ "$n" -gt 0 ] || { fail "kpi: no figure"; return; }
  for name in day week-dept; do
    for c in $(printf '%s\n' "${settings[@]}" | sed -n 's/^LEVELS=//p'); do
      for m in rps p95; do
        echo "$out" | grep -q "^figure,report-$name,c$c.$m," || fail "kpi: no $m for $name at $c connections"
      done
    done
  done
  for m in before.used after.used; do echo "$out" | grep -q "^figure,heap,$m," || fail "kpi: no heap $m"; done
}

# The staff search (issue 19): search-query.sh seeds its own database (1 M cases with text, names and
# conversations, and their search documents), starts the server on it and prints one figure line per figure.
part_search() {
  local settings=(CASES=1000000 "LEVELS=1 4" WRK_SECONDS=10 WARM_SECONDS=20 REPEATS=20) out n=0 c m
  $SMOKE && settings=(CASES=20000 "LEVELS=1" WRK_SECONDS=2 WARM_SECONDS=2 REPEATS=3)
  out=$(env "${settings[@]}" HTTP_PORT=$((HTTP_PORT + 18)) HTTPS_PORT=$((HTTP_PORT + 19)) PG_DB=${DB_PREFIX}_search \
        src/bench/search-query.sh 2>&1) || fail "search-query.sh"
  echo "$out" >> "$LOG"
  while IFS=, read -r _ bench metric value unit; do
    record search "$bench" pg "$metric" "$value" "$unit"; n=$((n + 1))
  done < <(echo "$out" | grep '^figure,')
  [ "$n" -gt 0 ] || { fail "search: no figure"; return; }
  for c in $(printf '%s\n' "${settings[@]}" | sed -n 's/^LEVELS=//p'); do
    for m in rps p95; do
      echo "$out" | grep -q "^figure,mix,c$c.$m," || fail "search: no $m at $c connections"
    done
  done
}

# The impact preview (issue 20): impact-preview.sh seeds its own database, starts the server on it, proposes a
# version and times its previews; one figure line per figure.
part_impact() {
  local settings=(CASES=100000 RUNS=3) out n=0
  $SMOKE && settings=(CASES=2000 RUNS=1)
  out=$(env "${settings[@]}" HTTP_PORT=$((HTTP_PORT + 14)) HTTPS_PORT=$((HTTP_PORT + 15)) PG_DB=${DB_PREFIX}_impact \
        src/bench/impact-preview.sh 2>&1) || fail "impact-preview.sh"
  echo "$out" >> "$LOG"
  while IFS=, read -r _ bench metric value unit; do
    record impact "$bench" pg "$metric" "$value" "$unit"; n=$((n + 1))
  done < <(echo "$out" | grep '^figure,')
  [ "$n" -gt 0 ] || { fail "impact: no figure"; return; }
  echo "$out" | grep -q '^figure,preview,seconds.median,' || fail "impact: no median time"
}


# Retention and anonymisation (issue 21): retention-job.sh seeds its own database (closed cases past the
# policy), starts the server on it, runs the job under web-form load and prints one figure line per figure.
part_retention() {
  local settings=(CASES=100000 WRK_SECONDS=10) out n=0 m
  $SMOKE && settings=(CASES=2000 WRK_SECONDS=2)
  out=$(env "${settings[@]}" HTTP_PORT=$((HTTP_PORT + 16)) HTTPS_PORT=$((HTTP_PORT + 17)) PG_DB=${DB_PREFIX}_retention \
        src/bench/retention-job.sh 2>&1) || fail "retention-job.sh"
  echo "$out" >> "$LOG"
  while IFS=, read -r _ bench metric value unit; do
    record retention "$bench" pg "$metric" "$value" "$unit"; n=$((n + 1))
  done < <(echo "$out" | grep '^figure,')
  [ "$n" -gt 0 ] || { fail "retention: no figure"; return; }
  for m in job,cases-per-second intake,during.rps; do
    echo "$out" | grep -q "^figure,$m," || fail "retention: no $m"
  done
}


for part in intake startup heap rules email phone escalation kpi search impact retention; do
  wants "$part" || continue
  say "== $part (load $(cut -d' ' -f1-3 /proc/loadavg))"
  "part_$part" || fail "$part"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- latest.csv and section 0
# latest.csv: this run's rows, and the last rows of every part this run did not measure.
LATEST=$OUT/latest.csv
{
  head -1 "$CSV"
  [ -f "$LATEST" ] && tail -n +2 "$LATEST" | awk -F, -v parts=",$PARTS," 'index(parts, "," $2 ",") == 0'
  tail -n +2 "$CSV"
} > "$LATEST.new"
mv "$LATEST.new" "$LATEST"

if $SMOKE; then DOC=$OUT/benchmarks-section0.md; else DOC=docs/benchmarks.md; fi
python3 src/bench/summary.py "$LATEST" "$DOC" \
  "$MACHINE_CORES" "$MACHINE_MEM" "$MACHINE_JDK" "PostgreSQL $PG_VERSION" "$LOAD_BEFORE" "$LOAD_AFTER" \
  "$PARTS" "$SMOKE" || fail "summary"

say "raw figures: $CSV (and $LATEST); summary: $DOC; log: $LOG"
if [ ${#FAILED[@]} -gt 0 ]; then
  printf 'run-all: %d failure(s):\n' "${#FAILED[@]}" >&2; printf '  %s\n' "${FAILED[@]}" >&2
  exit 1
fi
say "run-all: all parts ran"
