-- wrk script for autosave: run with as many threads as connections (one connection per thread),
-- so each connection is one person editing their own indicator and sending the version the
-- previous save returned, as the questionnaire does. Every request is then a real, successful save.
--   BENCH_TARGETS  file of "indicatorId version" lines (the saved versions when the run starts)
--   BENCH_PATH     /api/v1/rounds/<id>/answers/
--   BENCH_COOKIE   a signed-in session
--   BENCH_PACE_MS  0: send the next save as soon as the last returns (saturation); otherwise wait a
--                  random 0..2×pace ms first, so saves arrive unsynchronised, on average every
--                  pace + latency ms per connection (people do not pause in step).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
require("report")

local targets = {}
for line in io.lines(os.getenv("BENCH_TARGETS")) do
  local id, version = string.match(line, "^(%S+)%s+(%d+)$")
  targets[#targets + 1] = { id = id, version = tonumber(version) }
end
local assigned = 0

function setup(thread)
  assigned = assigned + 1
  local target = targets[((assigned - 1) % #targets) + 1]
  thread:set("indicator", target.id)
  thread:set("version", target.version)
  thread:set("seed", assigned)
  report_setup(thread)
end

statuses = {}
local path = os.getenv("BENCH_PATH")
local cookie = os.getenv("BENCH_COOKIE")
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "0")
local n = 0

function init()
  math.randomseed(seed * 7919 + os.time())
end

function delay()
  if pace == 0 then return 0 end
  return math.random(0, 2 * pace)
end

function request()
  n = n + 1
  local body = string.format(
    '{"version":%d,"answer":{"kind":"LEVEL","level":%d,"notApplicableReason":null,"justification":"Bench edit %d","targetOverride":null}}',
    version, n % 5, n)
  return wrk.format("PUT", path .. indicator, { ["content-type"] = "application/json", ["cookie"] = cookie }, body)
end

function response(status, headers, body)
  count_status(status)
  -- 200 carries the new version; 409 the saved one (details.current.version).
  local v = string.match(body, '"version":(%d+)')
  if v then version = tonumber(v) end
end

function done(summary, latency) report_done(summary, latency) end
