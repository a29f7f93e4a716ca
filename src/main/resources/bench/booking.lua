-- Booking, as a recruiter books rounds: POST /api/v1/interviews again and again. Each thread (one connection) books for
-- its own application with its own panelist, each request the slot right after its previous one (start times advance
-- by the interview's length from the run's first slot), so that no request clashes with another and the database's
-- exclusion constraints refuse none. Only a 201 is a booking (saves); answers below 400 that are not a 201 are counted
-- as conflicts, since wrk counts only 4xx and 5xx as errors: errors + conflicts are all requests not booked.
-- args: <users file: token TAB application id TAB stage id TAB panelist id TAB minutes> <file: the first slot, epoch s>
dofile(os.getenv("PANELIST_BENCH_LUA") .. "/common.lua")

function init(args)
  local users = read_lines(args[1])
  assert(index < #users, "more connections than lines in " .. args[1])
  local user = split_tabs(users[index + 1])
  headers = {["Authorization"] = "Bearer " .. user[1], ["Content-Type"] = "application/json"}
  application, stage, panelist = user[2], user[3], user[4]
  length = tonumber(user[5]) * 60
  next_start = tonumber(read_lines(args[2])[1])
  saves = 0
  conflicts = 0
end

local function iso(seconds)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", seconds)
end

function request()
  local starts = next_start
  next_start = next_start + length
  return wrk.format("POST", "/api/v1/interviews", headers, string.format(
    '{"applicationId":"%s","stageId":"%s","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Berlin",'
      .. '"location":"Room 4.2","panelistIds":["%s"]}',
    application, stage, iso(starts), iso(starts + length), panelist))
end

function response(status, headers, body)
  if status == 201 then
    saves = saves + 1
  elseif status < 400 then
    conflicts = conflicts + 1
  end
end
