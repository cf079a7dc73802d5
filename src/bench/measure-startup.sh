#!/usr/bin/env bash
# Start-up time of the packaged server: from `server start` to /health/ready UP (rules compiled,
# routes started), repeated RUNS times. Run after `mvn -DskipTests package liberty:create liberty:deploy`.
# Usage: src/bench/measure-startup.sh [RUNS]   (default 3; PORT, default 9080; TIMEOUT per run, 180 s)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
WLP=target/liberty/wlp
PORT=${PORT:-9080}
for i in $(seq 1 "$RUNS"); do
  "$WLP/bin/server" stop triagem >/dev/null 2>&1 || true
  start=$(date +%s%N)
  "$WLP/bin/server" start triagem >/dev/null
  deadline=$(( $(date +%s) + ${TIMEOUT:-180} ))
  until curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "run $i: not ready after ${TIMEOUT:-180} s" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  ready_ms=$(( (end - start) / 1000000 ))
  app_ms=$(grep -o 'Application triagem started in [0-9.]* seconds' "$WLP/usr/servers/triagem/logs/messages.log" | tail -1 | grep -o '[0-9.]*')
  echo "run $i: ready after ${ready_ms} ms (application start ${app_ms} s)"
done
"$WLP/bin/server" stop triagem >/dev/null
