-- Scorecard autosave as the live scoring page does it: GET the scorecard once for its ETag, then PUT the whole draft
-- again and again with If-Match set to the ETag of the previous answer. Each thread is one interviewer on their own
-- upcoming interview; a 412 (someone else saved) would send it back to GET, and is counted.
-- args: <users file: token TAB interview id TAB comma-separated topic keys of the interview's stage>
dofile(os.getenv("PANELIST_BENCH_LUA") .. "/common.lua")

function init(args)
  local users = read_lines(args[1])
  local user = split_tabs(users[(index % #users) + 1])
  token = user[1]
  path = "/api/v1/interviews/" .. user[2] .. "/scorecard"
  topics = {}
  for key in string.gmatch(user[3], "[^,]+") do table.insert(topics, key) end
  etag = nil
  saving = false
  saves = 0
  conflicts = 0
  edits = 0
end

local function draft()
  edits = edits + 1
  local scores = {}
  for i, key in ipairs(topics) do
    local score = ((edits + i) % 4) + 1
    table.insert(scores, string.format(
      '{"topicKey":"%s","score":%d,"notes":"Edit %d: walked through the trade-offs of %s, with an example from production"}',
      key, score, edits, key))
  end
  return string.format('{"topicScores":[%s],"vote":"YES","summary":"Draft %d: clear reasoning, asked good questions, '
    .. 'would like to see more depth on testing strategy."}', table.concat(scores, ","), edits)
end

function request()
  if etag == nil then
    saving = false
    return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
  end
  saving = true
  return wrk.format("PUT", path, {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
    ["If-Match"] = etag}, draft())
end

function response(status, headers, body)
  if status == 200 then
    etag = headers["ETag"] or headers["Etag"] or headers["etag"]
    if saving then saves = saves + 1 end
  elseif status == 412 then
    conflicts = conflicts + 1
    etag = nil
  end
end
