#!/usr/bin/env bash
# Issue 5's load target with a load generator from Debian: signed call.started events at a fixed rate
# (default 500/s) in an open loop (wrk + src/bench/pace.lua), 10 % of them retries of an event already
# sent, against the packaged server on PostgreSQL; then the database is asked how many events, calls
# and cases the run added, which must equal the distinct events sent (exactly once).
#
# Per run: a fresh database, the server started, a warm-up (up to WARM events in a closed loop for
# WARM_SECONDS, so the JIT has compiled the path; not counted), then the measured run: UNIQUE distinct signed events
# (src/bench/SignedCalls.java) sent for DURATION seconds at RATE/s over CONNECTIONS connections. wrk's threads
# each cycle through their share of the file, so requests beyond UNIQUE are retries of earlier events,
# same id, same signature. p50/p99 are wrk's, from the send of each request.
#
# Build first:  mvn -B -DskipTests package liberty:create liberty:deploy
# Usage:        src/bench/phone-wrk.sh [RUNS]                       (default 3)
# Settings (environment): RATE (500), DURATION (20 s), UNIQUE (RATE * DURATION * 0.9, so 10 % are retries),
#   CONNECTIONS (32), WARM (20000 events, sent as fast as the server answers, at most WARM_SECONDS),
#   WARM_SECONDS (40), HTTP_PORT (9380), HTTPS_PORT (9741),
#   PG_DB (triagem_phone_bench), JFR (a name: a flight recording of each run's server under target/)
# Loopback only; each run is bounded by DURATION (wrk -d) and wrk's 10 s request timeout.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
RATE=${RATE:-500}
SECONDS_PER_RUN=${DURATION:-20}
UNIQUE=${UNIQUE:-$(( RATE * SECONDS_PER_RUN * 9 / 10 ))}
CONNECTIONS=${CONNECTIONS:-32}
WARM=${WARM:-20000}
WARM_SECONDS=${WARM_SECONDS:-40}
HTTP_PORT=${HTTP_PORT:-9380}
HTTPS_PORT=${HTTPS_PORT:-9741}
PG_DB=${PG_DB:-triagem_phone_bench}
PG="-h 127.0.0.1 -U postgres"
SECRET=whsec_YmVuY2gtb25seS1waG9uZS1zZWNyZXQ=   # "bench-only-phone-secret"; this server only
WLP=target/liberty/wlp
SERVER=$WLP/usr/servers/triagem
BASE="http://127.0.0.1:$HTTP_PORT"
OUT=target/bench-phone
mkdir -p "$OUT"

[ -x "$WLP/bin/server" ] && [ -f target/triagem.war ] || {
  echo "build first: mvn -B -DskipTests package liberty:create liberty:deploy" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }

server_stop() { "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true; }
trap server_stop EXIT

start_server() {
  server_stop
  rm -f "$SERVER/dropins/triagem.war.xml" "$SERVER/jvm.options"
  cp target/triagem.war "$SERVER/dropins/triagem.war"
  if [ -n "${JFR:-}" ]; then
    echo "-XX:StartFlightRecording=filename=$(pwd)/target/$JFR-run$1.jfr,settings=profile" > "$SERVER/jvm.options"
  fi
  {
    echo "http.port=$HTTP_PORT"
    echo "https.port=$HTTPS_PORT"
    echo "triagem.phone.webhook-secrets=$SECRET"
    echo "triagem.db.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    echo "triagem.db.datasource=org.postgresql.ds.PGSimpleDataSource"
    echo "triagem.db.user=postgres"
  } > "$SERVER/bootstrap.properties"
  rm -rf "$SERVER/logs"
  "$WLP/bin/server" start triagem >/dev/null
  local deadline=$(( $(date +%s) + 180 ))
  until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "server not ready after 180 s" >&2; exit 1; }
    sleep 0.5
  done
}

# send FILE RATE SECONDS: prints "requests p50_ms p99_ms errors" (wrk, open loop at RATE/s; closed
# loop without a RATE).
send() {
  local out
  out=$(RATE=$2 THREADS=2 CALLS=$1 wrk -t2 -c"$CONNECTIONS" -d"$3s" --timeout 10s \
        -s src/bench/call-started.lua "$BASE" 2>&1) || true
  echo "$out" >> "$OUT/wrk.log"
  local r
  r=$(echo "$out" | grep '^result,' | tail -1)
  [ -n "$r" ] || { echo "0 0 0 1"; return; }
  IFS=, read -r _ req _ p50 p99 err <<< "$r"
  awk -v q="$req" -v a="$p50" -v b="$p99" -v e="$err" 'BEGIN {printf "%d %.1f %.1f %d\n", q, a / 1000, b / 1000, e}'
}

count() { psql $PG -d "$PG_DB" -tAc "$1"; }
settled() {  # the count once it has not changed for a second (at most 30 s)
  local last=-1 now
  for _ in $(seq 1 30); do
    now=$(count "$1")
    [ "$now" = "$last" ] && { echo "$now"; return; }
    last=$now; sleep 1
  done
  echo "$now"
}

p99s=()
for run in $(seq 1 "$RUNS"); do
  psql $PG -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  start_server "$run"
  # The warm-up's events are numbered from 1, the measured ones after them: all distinct.
  java src/bench/SignedCalls.java "$SECRET" "$WARM" 1 "$OUT/warm.tsv"
  read -r wreq _ _ werr <<< "$(send "$OUT/warm.tsv" "" "$WARM_SECONDS")"
  before_events=$(settled "SELECT count(*) FROM phone_event")
  before_cases=$(count "SELECT count(*) FROM complaint_case")
  java src/bench/SignedCalls.java "$SECRET" "$UNIQUE" $(( WARM + 1 )) "$OUT/calls.tsv"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r req p50 p99 err <<< "$(send "$OUT/calls.tsv" "$RATE" "$SECONDS_PER_RUN")"
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  # wrk stops at its deadline with requests in flight, which the server still commits: count once the
  # counts stand still. Each distinct event must have opened one case, and none more than once.
  events=$(settled "SELECT count(*) FROM phone_event"); events=$(( events - before_events ))
  cases=$(( $(count "SELECT count(*) FROM complaint_case") - before_cases ))
  sent_unique=$(( req < UNIQUE ? req : UNIQUE ))
  verdict="exactly once"
  [ "$events" -eq "$cases" ] && [ "$events" -le "$UNIQUE" ] && [ "$events" -ge "$sent_unique" ] || verdict="NOT exactly once"
  echo "run $run: $req requests at $RATE/s offered in ${SECONDS_PER_RUN} s ($(( req - sent_unique )) retries), errors $err;" \
       "p50 $p50 ms, p99 $p99 ms; added $events events and $cases cases for $sent_unique distinct events: $verdict;" \
       "warm-up $wreq requests ($werr errors); load average before $load_before, after $load_after"
  [ "$err" -eq 0 ] && [ "$verdict" = "exactly once" ] || { echo "run $run failed" >&2; exit 1; }
  p99s+=("$p99")
  server_stop
done
median=$(printf '%s\n' "${p99s[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "median p99 of $RUNS runs at $RATE call.started/s on PostgreSQL: $median ms"
