#!/bin/bash
# The benchmark's baseline (GET /api/v1/me as 32 interviewers, wrk with the benchmark's get.lua) on two builds, in
# alternating rounds, each build on its own seeded database: requests/s, p50 and p99, and the CPU each request cost
# the server and PostgreSQL (from /proc). Alternating rounds on one machine is what makes two builds comparable when
# the machine's speed drifts by a third from one run to the next.
#
#   src/test/bench/baseline-ab.sh BEFORE.jar AFTER.jar [ROUNDS]
#
# Needs wrk, psql, curl and python3, and a PostgreSQL 16 reached as psql reaches it (PGHOST, PGPORT, PGUSER; trust
# or PGPASSWORD) on which it may create the databases ab_before and ab_after.
set -euo pipefail
before_jar=$(realpath "$1"); after_jar=$(realpath "$2"); rounds=${3:-8}
lua=$(cd "$(dirname "$0")/../../main/resources/bench" && pwd)
work=$(mktemp -d); trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true' EXIT
secret=$(head -c 48 /dev/urandom | base64 -w0)
host=${PGHOST:-localhost}; port=${PGPORT:-5432}; user=${PGUSER:-postgres}
declare -A jar=([before]=$before_jar [after]=$after_jar) http=([before]=18091 [after]=18092)

for side in before after; do
  db=ab_$side
  if ! psql -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'" postgres | grep -q 1; then
    psql -qc "CREATE DATABASE $db" postgres
    DATASOURCES_DEFAULT_URL=jdbc:postgresql://$host:$port/$db DATASOURCES_DEFAULT_USERNAME=$user \
      DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD:-} java -jar "${jar[$side]}" seed --applications 1000 >"$work/seed-$side.log"
  fi
  DATASOURCES_DEFAULT_URL=jdbc:postgresql://$host:$port/$db DATASOURCES_DEFAULT_USERNAME=$user \
    DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD:-} PANELIST_JWT_SECRET=$secret MICRONAUT_SERVER_PORT=${http[$side]} \
    java -XX:+UseSerialGC -Xmx256m -jar "${jar[$side]}" >"$work/server-$side.log" 2>&1 &
  echo $! >"$work/$side.pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:${http[$side]}/health")" != 000 ]; do sleep 0.5; done
  psql -Atc "SELECT email FROM users WHERE 'INTERVIEWER' = ANY (roles) AND active
              ORDER BY email NOT IN ('ana@example.com', 'ben@example.com'), email LIMIT 32" "$db" |
    while read -r email; do
      curl -s "localhost:${http[$side]}/login" -H 'Content-Type: application/json' \
        -d "{\"username\": \"$email\", \"password\": \"panelist-demo\"}" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
    done >"$work/$side.tokens"
done
echo /api/v1/me >"$work/me.paths"

ticks() { # the server's CPU ticks, and every PostgreSQL process's
  local pg=0 line
  for stat in /proc/[0-9]*/stat; do
    read -r line <"$stat" 2>/dev/null || continue
    case "$line" in *"(postgres)"*) pg=$((pg + $(awk '{print $14 + $15}' <<<"$line")));; esac
  done
  echo "$(awk '{print $14 + $15}' "/proc/$1/stat") $pg"
}

run() { # side seconds
  local s0 p0 s1 p1
  read -r s0 p0 <<<"$(ticks "$(cat "$work/$1.pid")")"
  PANELIST_BENCH_RESULT=$work/result PANELIST_BENCH_LUA=$lua wrk -t32 -c32 -d"$2"s --timeout 10s --latency \
    -s "$lua/get.lua" "http://127.0.0.1:${http[$1]}" -- "$work/$1.tokens" "$work/me.paths" >"$work/wrk.txt"
  read -r s1 p1 <<<"$(ticks "$(cat "$work/$1.pid")")"
  awk -v side="$1" -v server=$((s1 - s0)) -v pg=$((p1 - p0)) -v hz="$(getconf CLK_TCK)" '
    /^requests/ {r = $2} /^duration_us/ {d = $2} /^p50_us/ {p50 = $2} /^p99_us/ {p99 = $2} /^errors_status/ {e = $2}
    END {printf "%-6s %6.0f requests/s  p50 %5.2f ms  p99 %6.1f ms  errors %d  CPU per request: server %3.0f us, PostgreSQL %3.0f us\n",
         side, r / (d / 1e6), p50 / 1000, p99 / 1000, e, server * 1e6 / hz / r, pg * 1e6 / hz / r}' "$work/result"
}

echo "warming up both servers (2 minutes each)"
run before 120 >/dev/null; run after 120 >/dev/null
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order="before after"; else order="after before"; fi
  for side in $order; do sleep 3; run "$side" 10; done
done | tee "$work/rounds.txt"
awk '{n[$1]++; r[$1] += $2} END {printf "mean: before %.0f, after %.0f requests/s: after/before %.1f%%\n",
     r["before"] / n["before"], r["after"] / n["after"], 100 * (r["after"] / n["after"]) / (r["before"] / n["before"])}' \
  "$work/rounds.txt"
