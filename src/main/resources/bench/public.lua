-- GET requests without signing in, as a candidate opens a self-scheduling link: each thread walks the paths file in
-- rotation from a random start.
-- args: <paths file>
dofile(os.getenv("PANELIST_BENCH_LUA") .. "/common.lua")

function init(args)
  paths = read_lines(args[1])
  math.randomseed(1000 + index)
  next_path = math.random(#paths)
end

function request()
  next_path = (next_path % #paths) + 1
  return wrk.format("GET", paths[next_path])
end
