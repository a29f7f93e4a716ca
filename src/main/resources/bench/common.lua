-- Shared by the benchmark's wrk scripts: one wrk thread per simulated user (wrk -tN -cN), each with its own line of
-- the users file; done() writes the figures for `java -jar panelist.jar bench` to $PANELIST_BENCH_RESULT.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function read_lines(path)
  local found = {}
  for line in io.lines(path) do
    if #line > 0 then table.insert(found, line) end
  end
  assert(#found > 0, "no lines in " .. path)
  return found
end

function split_tabs(line)
  local fields = {}
  for field in string.gmatch(line, "[^\t]+") do table.insert(fields, field) end
  return fields
end

function done(summary, latency, requests)
  local out = assert(io.open(assert(os.getenv("PANELIST_BENCH_RESULT"), "PANELIST_BENCH_RESULT is not set"), "w"))
  local errors = summary.errors
  local saves, conflicts = 0, 0
  for _, thread in ipairs(threads) do
    saves = saves + (thread:get("saves") or 0)
    conflicts = conflicts + (thread:get("conflicts") or 0)
  end
  out:write(string.format("requests %d\nduration_us %d\n", summary.requests, summary.duration))
  out:write(string.format("errors_connect %d\nerrors_read %d\nerrors_write %d\nerrors_status %d\nerrors_timeout %d\n",
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    out:write(string.format("p%d_us %d\n", p, latency:percentile(p)))
  end
  out:write(string.format("max_us %d\nmean_us %.1f\nsaves %d\nconflicts %d\n", latency.max, latency.mean, saves, conflicts))
  out:close()
end
