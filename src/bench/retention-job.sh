#!/usr/bin/env bash
# Issue 21's target: the retention job anonymises >= 2,000 cases/s on PostgreSQL while intake keeps running
# (docs/benchmarks.md section 11; run-all.sh's part `retention`).
#
# One run: a fresh database; the packaged server started on it (Flyway migrates it) with the job's own
# schedule off (one run a day) so that the run measured is the one asked for; CASES cases closed 2,000 days
# ago seeded straight into the real schema (src/bench/retention-seed.sql: each with name, e-mail, CPF and
# phone, the CPF and e-mail in the description, a history entry, a customer message with the phone, a sent
# acknowledgement mail); then, with wrk posting web-form complaints at INTAKE_CONNECTIONS connections the
# whole time (src/bench/webform.lua), the DPO asks for one run (POST /api/privacy/retention/run) and the run's
# own record gives the time it took. Checked: every seeded case anonymised, no CPF or e-mail of theirs left,
# intake answered without errors during the run. Figures: cases/s, the run's seconds, intake req/s and p99
# during the run, and intake req/s alone before it (the same wrk, WRK_SECONDS) for comparison.
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy
# Settings (environment): CASES (100000), BATCH (500), WORKERS (2, per node), INTAKE_CONNECTIONS (4), WRK_SECONDS (10),
#   HTTP_PORT (9394), HTTPS_PORT (9395), PG_DB (triagem_retention_bench), KEEP_DB (false), READY_SECONDS (600)
# Output: readable lines, and for run-all.sh one line per figure: figure,<benchmark>,<metric>,<value>,<unit>.
# Exits non-zero when something broke (server, seeding, a case left, intake errors, a missing figure); never
# because of a timing. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES=${CASES:-100000}
BATCH=${BATCH:-500}
WORKERS=${WORKERS:-2}
INTAKE_CONNECTIONS=${INTAKE_CONNECTIONS:-4}
WRK_SECONDS=${WRK_SECONDS:-10}
HTTP_PORT=${HTTP_PORT:-9394}
HTTPS_PORT=${HTTPS_PORT:-9395}
PG_DB=${PG_DB:-triagem_retention_bench}
KEEP_DB=${KEEP_DB:-false}
READY_SECONDS=${READY_SECONDS:-600}
PG="-h 127.0.0.1 -U postgres"
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
BASE="http://127.0.0.1:$HTTP_PORT"
OUT=target/bench-retention
mkdir -p "$OUT"

[ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || {
  echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
for tool in wrk psql curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk postgresql-client ...)" >&2; exit 2; }
done

figure() { echo "figure,$1,$2,$3,$4"; }   # figure BENCHMARK METRIC VALUE UNIT, for run-all.sh
broke() { echo "retention-job: $*" >&2; exit 1; }
sql() { psql $PG -d "$PG_DB" -tAc "$1"; }
server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
WRK_PID=
cleanup() {
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
  server_stop
  rm -f "$SERVER/configDropins/overrides/zz-retention-bench.xml"
  [ "$KEEP_DB" = true ] || psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_server() {
  server_stop
  rm -f "$SERVER/dropins/triagem.war.xml" "$SERVER/jvm.options"
  cp target/triagem.war "$SERVER/dropins/triagem.war"
  {
    echo "http.port=$HTTP_PORT"
    echo "https.port=$HTTPS_PORT"
    echo "triagem.auth=dev"
    echo "triagem.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    echo "triagem.db.datasource=org.postgresql.ds.PGSimpleDataSource"
    echo "triagem.db.user=postgres"
    echo "triagem.retention.poll-seconds=86400"
    echo "triagem.retention.batch.size=$BATCH"
    echo "triagem.retention.workers=$WORKERS"
  } > "$SERVER/bootstrap.properties"
  # As kpi-query.sh: a -Ppostgres build's overrides beat bootstrap.properties; name this database last.
  mkdir -p "$SERVER/configDropins/overrides"
  cat > "$SERVER/configDropins/overrides/zz-retention-bench.xml" <<XML
<server>
    <variable name="triagem.db.url" value="jdbc:postgresql://127.0.0.1:5432/$PG_DB"/>
    <variable name="triagem.db.datasource" value="org.postgresql.ds.PGSimpleDataSource"/>
    <variable name="triagem.db.user" value="postgres"/>
</server>
XML
  rm -rf "$SERVER/logs"
  "$WLP/bin/server" start triagem >/dev/null
  local deadline=$(( $(date +%s) + READY_SECONDS ))
  until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || broke "server not ready after $READY_SECONDS s"
    sleep 0.5
  done
}

# wrk_intake SECONDS: web-form complaints at INTAKE_CONNECTIONS connections; prints wrk's output.
wrk_intake() {
  wrk -t2 -c"$INTAKE_CONNECTIONS" -d"${1}s" --timeout 10s --latency -s src/bench/webform.lua "$BASE" 2>&1
}
rps_of() { echo "$1" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }
p99_of() { echo "$1" | awk '$1 == "99%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; print v}'; }
errors_of() { echo "$1" | awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}'; }

psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
start_server
echo "server ready on $PG_DB; seeding $CASES closed cases, load $(cut -d' ' -f1-3 /proc/loadavg)"
psql $PG -q -v ON_ERROR_STOP=1 -v cases="$CASES" -d "$PG_DB" -f src/bench/retention-seed.sql > "$OUT/seed.log" 2>&1 \
  || { tail -20 "$OUT/seed.log" >&2; broke "seeding failed"; }

alone=$(wrk_intake "$WRK_SECONDS")
echo "$alone" > "$OUT/wrk-alone.log"
[ "$(errors_of "$alone")" -eq 0 ] || broke "intake errors before the run"
echo "intake alone: $(rps_of "$alone") req/s, p99 $(p99_of "$alone") ms"
figure intake alone.rps "$(rps_of "$alone")" req/s

# Intake for longer than the run can take; stopped when the run answers.
wrk -t2 -c"$INTAKE_CONNECTIONS" -d3600s --timeout 10s --latency -s src/bench/webform.lua "$BASE" \
  > "$OUT/wrk-during.log" 2>&1 &
WRK_PID=$!
sleep 1
started=$(date +%s.%N)
run=$(curl -fsS -u dora:dora-demo -H 'X-Triagem-CSRF: 1' -X POST "$BASE/api/privacy/retention/run" --max-time 3600) \
  || broke "the run failed"
ended=$(date +%s.%N)
kill -INT "$WRK_PID"; wait "$WRK_PID" 2>/dev/null || true; WRK_PID=
during=$(cat "$OUT/wrk-during.log")
echo "$run" > "$OUT/run.json"

left=$(sql "SELECT count(*) FROM complaint_case WHERE id > 6000000000 AND anonymised_at IS NULL")
[ "$left" -eq 0 ] || broke "$left seeded cases not anonymised"
leaks=$(sql "SELECT count(*) FROM complaint_case WHERE id > 6000000000 AND (customer_cpf IS NOT NULL OR description LIKE '%@example.com%')")
[ "$leaks" -eq 0 ] || broke "$leaks seeded cases still carry personal data"
anonymised=$(echo "$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["CLOSED_CASES"])')
[ "$anonymised" -eq "$CASES" ] || broke "the run anonymised $anonymised cases, not $CASES"
seconds=$(echo "$run" | python3 -c '
import json, sys
from datetime import datetime
r = json.load(sys.stdin)
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print(round((t(r["finishedAt"]) - t(r["startedAt"])).total_seconds(), 3))')
wall=$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.3f", b - a}')
rate=$(awk -v n="$CASES" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
[ "$(errors_of "$during")" -eq 0 ] || broke "intake errors during the run"
echo "retention run: $CASES cases anonymised in $seconds s ($rate cases/s; request to answer $wall s), batch $BATCH, $WORKERS workers"
echo "intake during the run: $(rps_of "$during") req/s, p99 $(p99_of "$during") ms at $INTAKE_CONNECTIONS connections"
opened=$(sql "SELECT count(*) FROM complaint_case WHERE id < 6000000000")
echo "complaints registered by intake in all: $opened"
figure job cases-per-second "$rate" cases/s
figure job cases "$CASES" cases
figure job workers "$WORKERS" workers
figure job run.seconds "$seconds" s
figure intake during.rps "$(rps_of "$during")" req/s
figure intake during.p99 "$(p99_of "$during")" ms
