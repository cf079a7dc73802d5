#!/usr/bin/env bash
# Phone webhook load: the fake PBX sends COUNT signed call.started events at RATE per second, DUP of
# them retries of events already sent, against a running server on PostgreSQL; then the database is
# asked how many events and cases the run added (each unique event must be applied exactly once).
# Usage: src/bench/phone-load.sh URL SECRET DB [COUNT] [RATE] [DUP]
#   e.g. src/bench/phone-load.sh http://localhost:9380/api/intake/phone/calls \
#        whsec_ZGV2LW9ubHktcGhvbmUtc2VjcmV0 triagem_phone 10000 500 0.10
set -euo pipefail
url=$1 secret=$2 db=$3 count=${4:-10000} rate=${5:-500} dup=${6:-0.10}
here=$(cd "$(dirname "$0")/.." && pwd)
q() { psql -h 127.0.0.1 -U postgres -d "$db" -Atc "$1"; }
events_before=$(q "SELECT count(*) FROM phone_event")
calls_before=$(q "SELECT count(*) FROM intake_receipt WHERE channel = 'PHONE' AND source_key LIKE 'call:%'")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(java "$here/tools/FakePbx.java" --url "$url" --secret "$secret" --scenario load \
      --count "$count" --rate "$rate" --duplicates "$dup")
echo "$out"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
# A delivery the client gave up on (30 s) is still applied by the server: wait until it has drained.
start=$(date +%s); last=-1; now=$(q "SELECT count(*) FROM phone_event")
while [ "$now" != "$last" ]; do last=$now; sleep 15; now=$(q "SELECT count(*) FROM phone_event"); done
echo "server drained $(( $(date +%s) - start - 15 )) s after the sender finished"
unique=$(echo "$out" | sed -n 's/.*(\([0-9]*\) unique.*/\1/p')
events=$(( $(q "SELECT count(*) FROM phone_event") - events_before ))
calls=$(( $(q "SELECT count(*) FROM intake_receipt WHERE channel = 'PHONE' AND source_key LIKE 'call:%'") - calls_before ))
echo "database: $events events applied, $calls calls registered, for $unique unique events sent"
[ "$events" -eq "$unique" ] && [ "$calls" -eq "$unique" ] && echo "exactly once: yes" || { echo "exactly once: NO"; exit 1; }
