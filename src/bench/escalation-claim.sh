#!/usr/bin/env bash
# Claim cost of the escalation sweeper against the number of open cases (docs/benchmarks.md, section 7).
#
# For each size it builds a scratch PostgreSQL database with the real migrations, fills it with
# generate_series: N open cases with 3 open checkpoints each (one clock's 50/80/100 %) due over the
# next week, one already-fired checkpoint per case (history), and 200 checkpoints due now;
# then it runs the sweeper's claim (JpaCheckpoints.CLAIM_DUE_SQL, LIMIT 200, FOR UPDATE SKIP LOCKED,
# rolled back so every run claims the same rows) with pgbench and prints the median latency of
# repeated runs.
#
#   src/bench/escalation-claim.sh [sizes...]        default: 10000 1000000
#   PGHOST=127.0.0.1 PGUSER=postgres RUNS=5 SECONDS_PER_RUN=10 src/bench/escalation-claim.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
RUNS="${RUNS:-5}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
SIZES=("${@:-10000 1000000}")
read -r -a SIZES <<< "${SIZES[*]}"

claim_sql=$(mktemp)
trap 'rm -f "$claim_sql"' EXIT
cat > "$claim_sql" <<'SQL'
BEGIN;
SELECT id, case_id FROM sla_checkpoint WHERE fired_at IS NULL AND due_at <= CURRENT_TIMESTAMP
  AND (leased_until IS NULL OR leased_until <= CURRENT_TIMESTAMP)
  ORDER BY due_at, id LIMIT 200 FOR UPDATE SKIP LOCKED;
ROLLBACK;
SQL

for n in "${SIZES[@]}"; do
  # CLAIM_DB_PREFIX (run-all.sh) or DB_PREFIX names the scratch databases, to run beside others on one server
  db="${CLAIM_DB_PREFIX:-${DB_PREFIX:-triagem_bench_claim}}_$n"
  dropdb --if-exists "$db" >/dev/null
  createdb "$db"
  # In version order: a plain glob puts V10 before V1.
  for f in $(ls src/main/resources/db/migration/V*.sql | sort -V); do
    sed -e "s/\${checkpoint_due_index}/(due_at, id) WHERE fired_at IS NULL/" \
        -e "s/\${outbox_recipient_index}/(lower(recipient), created_at)/" "$f"
  done | psql -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
INSERT INTO complaint_case (id, protocol, channel, description, department, priority, status,
    sla_first_response_minutes, sla_resolution_minutes, sla_legal_days, legal_deadline, rule_set_version,
    opened_at, version)
  SELECT g, lpad(g::text, 14, '0'), 'WEB_FORM', 'x', 'Financeiro', 'P3', 'NEW', 240, 1440, 7,
         now() + interval '7 days', 'v1', now(), 1
  FROM generate_series(1, $n) g;
-- 3 open checkpoints per case, due within the next week
INSERT INTO sla_checkpoint (id, case_id, clock, level, percent_elapsed, due_at)
  SELECT g * 4 + l, g, 'RESOLUTION', l, 50, now() + (random() * interval '7 days') + interval '1 minute'
  FROM generate_series(1, $n) g, generate_series(1, 3) l;
-- and a fired one (what the case's first response left)
INSERT INTO sla_checkpoint (id, case_id, clock, level, percent_elapsed, due_at, fired_at)
  SELECT g * 4, g, 'FIRST_RESPONSE', 1, 50, now() - interval '1 day', now()
  FROM generate_series(1, $n) g;
-- 200 due now
UPDATE sla_checkpoint SET due_at = now() - interval '1 minute'
  WHERE id IN (SELECT id FROM sla_checkpoint WHERE fired_at IS NULL ORDER BY id LIMIT 200);
VACUUM ANALYZE sla_checkpoint;
SQL
  rows=$(psql -tA -d "$db" -c "SELECT count(*) FROM sla_checkpoint")
  size=$(psql -tA -d "$db" -c "SELECT pg_size_pretty(pg_relation_size('ix_sla_checkpoint_open_due'))")
  lat=()
  for r in $(seq "$RUNS"); do
    lat+=("$(pgbench -n -c 1 -T "$SECONDS_PER_RUN" -f "$claim_sql" "$db" 2>/dev/null \
      | awk '/latency average/ {print $4}')")
  done
  median=$(printf '%s\n' "${lat[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  plan=$(psql -tA -d "$db" -c "EXPLAIN SELECT id, case_id FROM sla_checkpoint WHERE fired_at IS NULL
      AND due_at <= CURRENT_TIMESTAMP AND (leased_until IS NULL OR leased_until <= CURRENT_TIMESTAMP)
      ORDER BY due_at, id LIMIT 200 FOR UPDATE SKIP LOCKED" | grep -o 'Index Scan using [a-z_]*' | head -1)
  echo "open cases $n: $rows checkpoint rows, open-due index $size, claim of 200 median ${median} ms" \
       "(runs: ${lat[*]}), plan: ${plan:-no index scan}, load $(cut -d' ' -f1-3 /proc/loadavg)"
  dropdb "$db"
done
