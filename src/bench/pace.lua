-- Pacing for wrk (included by webform.lua and call-started.lua): with RATE set (requests per second in
-- all), each thread sends on a fixed schedule of RATE / THREADS per second, whatever the answers, as
-- long as one of its connections is free: an open loop like wrk2's, which Debian does not package.
-- A request whose slot has passed (the server fell behind) goes at once, so a slow server meets a
-- burst, not a gentler client. Latency is still measured from the send, so give enough connections
-- that one is nearly always free (run-all.sh gives twice those that saturated the server).
-- Without RATE, wrk's closed loop is unchanged. Both scripts also end with the same result line for
-- run-all.sh, written by done() below.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } pace_timeval;
  int gettimeofday(pace_timeval *tv, void *tz);
]]
local tv = ffi.new("pace_timeval")
local function now()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local rate = tonumber(os.getenv("RATE") or "")
if rate and rate > 0 then
  local interval = tonumber(os.getenv("THREADS") or "1") / rate
  local slot = nil
  delay = function()
    local t = now()
    slot = (slot or t) + interval
    local wait = (slot - t) * 1000
    return wait > 0 and math.floor(wait) or 0
  end
end

-- One CSV line for run-all.sh: requests, duration (µs), p50 and p99 (µs), errors of every kind.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("result,%d,%d,%d,%d,%d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
