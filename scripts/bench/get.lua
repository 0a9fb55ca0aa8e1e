-- wrk script for GET requests: the cookie comes from BENCH_COOKIE (empty for anonymous).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
require("report")

statuses = {}
local cookie = os.getenv("BENCH_COOKIE") or ""

function setup(thread) report_setup(thread) end

function request()
  return wrk.format("GET", nil, cookie ~= "" and { ["cookie"] = cookie } or {})
end

function response(status) count_status(status) end

function done(summary, latency) report_done(summary, latency) end
