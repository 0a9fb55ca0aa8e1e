-- Shared by the bench's wrk scripts: prints one JSON line with the figures the bench reports.
-- Each wrk thread counts its responses by status; done() (run once, in the main state) adds them up.
local threads = {}

function report_setup(thread)
  threads[#threads + 1] = thread
end

function count_status(status)
  local key = "s" .. status
  statuses[key] = (statuses[key] or 0) + 1
end

function report_done(summary, latency)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for key, n in pairs(s) do counts[key] = (counts[key] or 0) + n end
  end
  local parts = {}
  for key, n in pairs(counts) do parts[#parts + 1] = string.format('"%s":%d', string.sub(key, 2), n) end
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"socketErrors":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ",")))
end
