-- GET requests: the thread's user takes its bearer token from line (thread index) of the tokens file and walks the
-- paths file in rotation from a random start.
-- args: <tokens file> <paths file>
dofile(os.getenv("PANELIST_BENCH_LUA") .. "/common.lua")

function init(args)
  local tokens = read_lines(args[1])
  paths = read_lines(args[2])
  headers = {["Authorization"] = "Bearer " .. tokens[(index % #tokens) + 1]}
  math.randomseed(1000 + index)
  next_path = math.random(#paths)
end

function request()
  next_path = (next_path % #paths) + 1
  return wrk.format("GET", paths[next_path], headers)
end
