#!/usr/bin/env bash
# Proves the README's first command on a fresh clone: clones this repository's HEAD into a scratch
# folder (empty target/), runs the command exactly as the README's "Quick start" writes it, on ports
# of its own (Liberty reads HTTP_PORT / HTTPS_PORT from the environment), waits for /health/ready,
# posts a web-form complaint, reads the case back as a demo user and stops the server.
# Then it runs the command a second time in the same clone (issue 15: "every time, including a
# second run in the same clone") and checks the same. Any failure exits non-zero.
#
#   .ci/readme-first-command.sh [scratch-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCRATCH=${1:-$(mktemp -d /tmp/triagem-first-command.XXXXXX)}
export HTTP_PORT=${FIRST_HTTP_PORT:-19080}
export HTTPS_PORT=${FIRST_HTTPS_PORT:-19443}
BASE=http://127.0.0.1:$HTTP_PORT

README=$ROOT/README.md
. "$ROOT/.ci/readme.sh"
FIRST=$(readme_command 1)
[ -n "$FIRST" ] || { echo "no first command found under the README's Quick start" >&2; exit 1; }
echo "README's first command: $FIRST (HTTP_PORT=$HTTP_PORT)"

rm -rf "$SCRATCH"
git clone -q "$ROOT" "$SCRATCH"
cd "$SCRATCH"

MVN_PID=
stop_server() {
  if [ -n "$MVN_PID" ] && kill -0 "$MVN_PID" 2>/dev/null; then
    # As Ctrl-C would (a background job ignores SIGINT, so TERM): liberty:run's shutdown hook
    # stops the server on the way out.
    kill -TERM "$MVN_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$MVN_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$MVN_PID" 2>/dev/null || true
  fi
  if [ -x target/liberty/wlp/bin/server ]; then
    target/liberty/wlp/bin/server stop triagem >/dev/null 2>&1 || true
  fi
  MVN_PID=
}
trap stop_server EXIT

run_once() {  # run_once <log>
  local log=$1 started
  started=$(date +%s)
  # The README's words, run by the shell as a newcomer would type them.
  bash -c "$FIRST" >"$log" 2>&1 &
  MVN_PID=$!
  local ready=false
  for _ in $(seq 1 600); do
    if ! kill -0 "$MVN_PID" 2>/dev/null; then
      echo "the first command ended before the server was ready; its output ends with:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then ready=true; break; fi
    sleep 1
  done
  $ready || { echo "not ready within 600 s" >&2; tail -40 "$log" >&2; return 1; }
  echo "  ready after $(( $(date +%s) - started )) s"

  local answer protocol case_json
  answer=$(curl -fsS -X POST "$BASE/api/intake/webform" -H 'Content-Type: application/json' \
    -d '{"name":"Maria Souza","email":"maria@example.com","subject":"Cobrança indevida","description":"Fui cobrada duas vezes pela mesma compra."}')
  protocol=$(printf '%s' "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["protocol"])')
  echo "  web-form complaint: protocol $protocol"
  case_json=$(curl -fsS -u fabio:fabio-demo "$BASE/api/cases/$protocol")
  printf '%s' "$case_json" | python3 -c '
import json, sys
case = json.load(sys.stdin)
assert case["protocol"] == sys.argv[1], case
assert case["department"] == "Financeiro", "routed to %r, the README says Financeiro" % case["department"]
print("  read back as fabio: status %s, department %s, priority %s" % (case["status"], case["department"], case["priority"]))
' "$protocol"

  # The console ends with the welcome lines the README shows under the first command.
  for _ in $(seq 1 30); do grep -q "Demo users (password: <user>-demo):" "$log" && break; sleep 1; done
  grep -q "Triagem is ready at http://localhost:$HTTP_PORT/" "$log" \
    || { echo "the console has no welcome message" >&2; tail -20 "$log" >&2; return 1; }
  grep -q "Staff workspace: *http://localhost:$HTTP_PORT/staff.html" "$log" \
    || { echo "the welcome message lacks the staff page" >&2; return 1; }
  stop_server
}

echo "first run (fresh clone, empty target/):"
run_once "$SCRATCH/first-run.log"
echo "second run (same clone):"
run_once "$SCRATCH/second-run.log"
echo "the README's first command works"
