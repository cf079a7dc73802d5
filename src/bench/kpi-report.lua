-- wrk load script for src/bench/kpi-query.sh: GET the URL given to wrk (the KPI report and its query
-- string) as a signed-in admin. The session cookie comes from the environment (KPI_COOKIE, the
-- TriagemSSO=... pair that POST /api/session set), so the password is checked once, at sign-in, as in
-- the dashboard, and not on every request.
--   KPI_COOKIE='TriagemSSO=...' wrk -t1 -c4 -d10s -s src/bench/kpi-report.lua 'http://127.0.0.1:9080/api/reports/kpis?...'
-- At the end one CSV line for kpi-query.sh: result,requests,duration (µs),p50,p95,p99 (µs),errors, where
-- errors counts every kind: connect, read, write, timeout and any status of 400 or more (a lost session
-- answers 401, a broken query 500).
wrk.headers["Cookie"] = os.getenv("KPI_COOKIE") or ""
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("result,%d,%d,%d,%d,%d,%d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
