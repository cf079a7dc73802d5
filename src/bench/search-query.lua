-- wrk load script for src/bench/search-query.sh: the staff search (GET /api/cases?q=...) as signed-in staff,
-- one request after the other through the list in SEARCH_REQUESTS (a file, one "cookie<TAB>path" a line:
-- several queries, by an admin and by an agent of one department), each thread starting at its own line.
-- Sessions come from POST /api/session, so the password is checked once, as in the staff page.
--   SEARCH_REQUESTS=target/bench-search/requests.tsv wrk -t1 -c1 -d10s -s src/bench/search-query.lua http://127.0.0.1:9400
-- At the end one CSV line for search-query.sh: result,requests,duration (µs),p50,p95,p99 (µs),errors, where
-- errors counts every kind: connect, read, write, timeout and any status of 400 or more.
local entries = {}
local next_entry = 1
local thread_count = 0

setup = function(thread)
  thread:set("offset", thread_count)
  thread_count = thread_count + 1
end

init = function(args)
  for line in io.lines(os.getenv("SEARCH_REQUESTS")) do
    local cookie, path = line:match("^([^\t]*)\t(.+)$")
    if path then
      entries[#entries + 1] = { cookie = cookie, path = path }
    end
  end
  next_entry = 1 + ((offset or 0) % #entries)
end

request = function()
  local e = entries[next_entry]
  next_entry = next_entry % #entries + 1
  return wrk.format("GET", e.path, { ["Cookie"] = e.cookie, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("result,%d,%d,%d,%d,%d,%d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
