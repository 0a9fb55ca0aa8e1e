-- wrk script for GET requests: the cookie comes from BENCH_COOKIE (empty for anonymous), an
-- Authorization header from BENCH_AUTHORIZATION (a personal API token: "Bearer cc_…") and an
-- If-None-Match header from BENCH_IF_NONE_MATCH (a conditional read), each sent when not empty.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
require("report")

statuses = {}
local headers = {}
local function header(name, variable)
  local value = os.getenv(variable) or ""
  if value ~= "" then headers[name] = value end
end
header("cookie", "BENCH_COOKIE")
header("authorization", "BENCH_AUTHORIZATION")
header("if-none-match", "BENCH_IF_NONE_MATCH")

function setup(thread) report_setup(thread) end

function request()
  return wrk.format("GET", nil, headers)
end

function response(status) count_status(status) end

function done(summary, latency) report_done(summary, latency) end
