-- wrk load script: signed call.started deliveries to POST /api/intake/phone/calls.
-- wrk's Lua has no HMAC, so the deliveries are signed beforehand by src/bench/SignedCalls.java into a
-- file (one `id TAB timestamp TAB signature TAB body` per line, each a distinct event, call and caller);
-- each wrk thread sends its own share of the lines in turn. The timestamps are those of the file's
-- creation: the server accepts five minutes, so make the file just before the run.
-- Usage: java src/bench/SignedCalls.java SECRET 30000 0 target/calls.tsv
--        THREADS=2 CALLS=target/calls.tsv wrk -t2 -c16 -d10s --latency -s src/bench/call-started.lua http://localhost:9080
-- A run that sends more requests than the file's share of a thread starts its lines again: those are
-- retries (same event, same signature), which the server answers without a new case: size the file
-- for the run (src/bench/run-all.sh checks that requests <= lines). A line `result,...` printed at
-- the end gives requests, duration, p50, p99 and errors (as µs and counts) for run-all.sh.
local lines = {}
local nextLine = 0
local threads = 0

-- wrk calls init of each thread as soon as that thread is set up, before the next one exists, so the
-- number of threads comes from the environment (THREADS, the same as wrk's -t; 1 if unset).
setup = function(thread)
  thread:set("share", threads)
  threads = threads + 1
end

init = function(args)
  local file = assert(io.open(os.getenv("CALLS") or "target/calls.tsv", "r"))
  local shares = tonumber(os.getenv("THREADS") or "1")
  local n = 0
  for line in file:lines() do
    if n % shares == share then
      local id, ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
      table.insert(lines, { id = id, ts = ts, sig = sig, body = body })
    end
    n = n + 1
  end
  file:close()
  assert(#lines > 0, "no signed deliveries in the file")
end

request = function()
  nextLine = nextLine + 1
  if nextLine > #lines then
    nextLine = 1
  end
  local l = lines[nextLine]
  return wrk.format("POST", "/api/intake/phone/calls", {
    ["Content-Type"] = "application/json",
    ["webhook-id"] = l.id,
    ["webhook-timestamp"] = l.ts,
    ["webhook-signature"] = l.sig,
  }, l.body)
end

dofile("src/bench/pace.lua")   -- RATE=n: an open loop at n requests/s; the result line (see pace.lua)
