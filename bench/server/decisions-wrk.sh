#!/bin/sh
# iin serve under load: wrk against POST /v1/decisions at 16 and 64 connections (decisions/s, p50 and p99
# latency), beside the in-process throughput of the same cases in the same run (the ratio is what HTTP costs);
# start-up to the first answered request; resident memory under load; the batch endpoint against
# `iin decide --jsonl` on the same lines. Needs wrk, curl, python3.
# Usage: bench/server/decisions-wrk.sh [seconds per wrk run, default 10] [batch lines, default 20000]
# Port: the first of IIN_PG_PORTS (else 18090). IIN_NO_BUILD=1 uses the jars as they are.
set -e
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
BATCH_LINES=${2:-20000}
PORT=${IIN_PG_PORTS%%-*}
PORT=${PORT:-18090}
JAR=server/target/iin-server.jar
CLI=cli/target/iin-cli.jar
if [ "${IIN_NO_BUILD:-}" != 1 ]; then
  mvn -B -q -pl server,cli -am package -DskipTests -Dmaven.source.skip -Dmaven.javadoc.skip
fi
OUT=server/target/bench
mkdir -p "$OUT"
python3 bench/rules/make-cases.py 2000 19 > "$OUT/cases-mixed.jsonl"
python3 bench/rules/make-cases.py "$BATCH_LINES" 20 > "$OUT/batch.jsonl"
echo "load average: $(cat /proc/loadavg)"

java -cp "$JAR" bench/server/InProcess.java "$OUT/cases-mixed.jsonl" "$OUT/cases.jsonl" 1 "$SECONDS_PER_RUN"
java -cp "$JAR" bench/server/InProcess.java "$OUT/cases-mixed.jsonl" "$OUT/cases.jsonl" "$(nproc)" "$SECONDS_PER_RUN"

t0=$(date +%s%N)
java -jar "$JAR" --port "$PORT" --no-access-log > "$OUT/server.out" 2> "$OUT/server.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/health"; do sleep 0.02; done
t1=$(date +%s%N)
echo "start-up: process start to first answered request $(( (t1 - t0) / 1000000 )) ms" \
  "(rules loaded and warmed by one case)"

export CASES="$OUT/cases.jsonl"
wrk -t2 -c16 -d3s -s bench/server/decisions.lua "http://127.0.0.1:$PORT" > /dev/null  # warm-up, not counted
for c in 16 64; do
  wrk -t2 -c$c -d${SECONDS_PER_RUN}s --latency -s bench/server/decisions.lua "http://127.0.0.1:$PORT" \
    > "$OUT/wrk-$c.txt"
  awk -v c=$c '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "HTTP        %2d connections: %8.0f decisions/s, p50 %s, p99 %s%s\n", c, rps, p50, p99,
         bad ? ", NON-2XX " bad : ""}' "$OUT/wrk-$c.txt"
done
echo "resident memory after the 64-connection run: $(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status) MiB" \
  "(peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$PID/status) MiB; default heap settings)"

lines=$(grep -c . "$OUT/batch.jsonl")
t0=$(date +%s%N)
curl -fsS -H 'Content-Type: application/jsonl' --data-binary @"$OUT/batch.jsonl" \
  "http://127.0.0.1:$PORT/v1/decisions/batch" > "$OUT/batch-http.jsonl"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "batch over HTTP:     $lines lines in $ms ms ($(( lines * 1000 / (ms > 0 ? ms : 1) )) lines/s, warm server)"
if [ -f "$CLI" ]; then
  t0=$(date +%s%N)
  java -jar "$CLI" decide --jsonl - < "$OUT/batch.jsonl" > "$OUT/batch-cli.jsonl" 2> /dev/null || true
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  echo "iin decide --jsonl:  $lines lines in $ms ms ($(( lines * 1000 / (ms > 0 ? ms : 1) )) lines/s," \
    "JVM start included)"
  if cmp -s "$OUT/batch-http.jsonl" "$OUT/batch-cli.jsonl"; then
    echo "the two batch outputs are identical"
  else
    echo "THE TWO BATCH OUTPUTS DIFFER: $OUT/batch-http.jsonl $OUT/batch-cli.jsonl"
  fi
fi
kill $PID; wait $PID 2>/dev/null || true
trap - EXIT
echo "load average: $(cat /proc/loadavg)"
