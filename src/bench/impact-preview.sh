#!/usr/bin/env bash
# Issue 20's target: the impact preview of a proposed rule-set version replays 100,000 past cases in
# <= 60 s (docs/benchmarks.md section 10; run-all.sh's part `impact`).
#
# One run: a fresh PostgreSQL database; the packaged server started on it (Flyway migrates it); CASES cases
# over the last 29 days seeded straight into the real schema (src/bench/impact-seed.sql); a proposed version
# made of the active one with charges sent to Comercial instead of Financeiro (and its scenario updated),
# uploaded as the analyst ana; then RUNS previews of it over the last 30 days, each timed end to end as the
# analysts' page sees it: from POST /api/rulesets/{v}/impact to the job's snapshot saying DONE (polled every
# 0.2 s), and each checked (every seeded case replayed, charges moved from Financeiro to Comercial).
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy
# Usage:        src/bench/impact-preview.sh
# Settings (environment): CASES (100000), RUNS (3), HTTP_PORT (9420), HTTPS_PORT (9421),
#   PG_DB (triagem_impact_bench), KEEP_DB (false: dropped at the end)
# Output: readable lines, and for run-all.sh one line per figure: figure,<benchmark>,<metric>,<value>,<unit>.
# Exits non-zero when something broke (server, seeding, upload, a failed or wrong preview, a missing
# figure); never because of a timing.
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES=${CASES:-100000}
RUNS=${RUNS:-3}
HTTP_PORT=${HTTP_PORT:-9420}
HTTPS_PORT=${HTTPS_PORT:-9421}
PG_DB=${PG_DB:-triagem_impact_bench}
KEEP_DB=${KEEP_DB:-false}
PG="-h 127.0.0.1 -U postgres"
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
BASE="http://127.0.0.1:$HTTP_PORT"
OUT=target/bench-impact
mkdir -p "$OUT"

figure() { echo "figure,$1,$2,$3,$4"; }   # figure BENCHMARK METRIC VALUE UNIT, for run-all.sh
broke() { echo "impact-preview: $*" >&2; exit 1; }
sql() { psql $PG -d "$PG_DB" -tAc "$1"; }
json() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }
api() { curl -fs -u ana:ana-demo -H 'X-Triagem-CSRF: 1' "$@"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

[ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || {
  echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
for tool in psql curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install postgresql-client ...)" >&2; exit 2; }
done

server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
cleanup() {
  server_stop
  rm -f "$SERVER/configDropins/overrides/zz-impact-bench.xml"
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
  } > "$SERVER/bootstrap.properties"
  # As kpi-query.sh: a -Ppostgres build's database in configDropins/overrides would beat bootstrap.properties.
  mkdir -p "$SERVER/configDropins/overrides"
  cat > "$SERVER/configDropins/overrides/zz-impact-bench.xml" <<XML
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

psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
echo "starting the server on $PG_DB (load $(cut -d' ' -f1-3 /proc/loadavg))"
start_server
echo "seeding $CASES cases over the last 29 days"
psql $PG -q -v ON_ERROR_STOP=1 -v cases="$CASES" -d "$PG_DB" -f src/bench/impact-seed.sql >/dev/null \
  || broke "seeding failed"
[ "$(sql "SELECT count(*) FROM complaint_case WHERE id > 1000000000")" -eq "$CASES" ] || broke "seeded the wrong count"

# The proposal: charges to Comercial, the scenario that expects Financeiro for charges updated to agree.
sed 's/,,Cobrança,,Financeiro/,,Cobrança,,Comercial/' rules/ownership/ownership.drl.csv > "$OUT/ownership.drl.csv"
sed 's/,Cobrança,Financeiro,/,Cobrança,Comercial,/' rules/scenarios/intake.csv > "$OUT/intake.csv"
cmp -s rules/ownership/ownership.drl.csv "$OUT/ownership.drl.csv" && broke "the proposal changed nothing"
VERSION=$(api -X POST -F "file=@$OUT/ownership.drl.csv" -F "file=@$OUT/intake.csv" \
    "$BASE/api/rulesets?comment=impact-bench" | json 'd["number"]') || broke "upload failed"
echo "proposed version $VERSION"

# CPU seconds the server process spent (user + system), which a shared machine's load does not inflate
# the way it inflates the wall-clock time: what the replay costs.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$(cat "$WLP/usr/servers/.pid/triagem.pid")/stat"; }
times=()
cpus=()
for run in $(seq 1 "$RUNS"); do
  cpu_start=$(cpu)
  start=$(date +%s.%N)
  location=$(api -D - -o /dev/null -X POST "$BASE/api/rulesets/$VERSION/impact?days=30" \
      | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  [ -n "$location" ] || broke "run $run: no job location"
  while :; do
    api "$location" > "$OUT/job.json" || broke "run $run: the job went away"
    state=$(json 'd["state"]' < "$OUT/job.json")
    [ "$state" = RUNNING ] || break
    sleep 0.2
  done
  end=$(date +%s.%N)
  cpu_used=$(awk -v a="$cpu_start" -v b="$(cpu)" 'BEGIN {printf "%.1f", b - a}')
  cpus+=("$cpu_used")
  [ "$state" = DONE ] || broke "run $run: $state $(json 'd.get("failure")' < "$OUT/job.json")"
  replayed=$(json 'd["preview"]["summary"]["complaints"]' < "$OUT/job.json")
  moved=$(json 'sum(c["count"] for c in d["preview"]["summary"]["departmentMatrix"] if c["from"] == "Financeiro" and c["to"] == "Comercial")' < "$OUT/job.json")
  [ "$replayed" -ge "$CASES" ] || broke "run $run: replayed $replayed of $CASES cases"
  [ "$moved" -gt 0 ] || broke "run $run: no charge moved from Financeiro to Comercial"
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
  times+=("$secs")
  echo "run $run: $replayed cases replayed in $secs s, $cpu_used CPU s in the server ($(awk -v n="$replayed" -v s="$secs" 'BEGIN {printf "%.0f", n / s}') cases/s), $moved charges Financeiro -> Comercial, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
cp "$OUT/job.json" "$OUT/last-preview.json"

m=$(printf '%s\n' "${times[@]}" | median)
echo "median of $RUNS runs: $m s for $CASES cases"
figure preview "cases" "$CASES" cases
figure preview "seconds.first" "${times[0]}" s
figure preview "seconds.median" "$m" s
figure preview "server-cpu-seconds.median" "$(printf '%s\n' "${cpus[@]}" | median)" s
figure preview "cases-per-second.median" "$(awk -v n="$CASES" -v s="$m" 'BEGIN {printf "%.0f", n / s}')" "cases/s"
