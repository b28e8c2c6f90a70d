#!/bin/sh
# Which HTTP server library for iin-server: the JDK's built-in com.sun.net.httpserver against Javalin 6
# (Jetty), each serving GET /health and nothing else, so the figures are the library's own cost.
# Per library: start-up (process start -> first 200 from /health, median of N runs, default 5), resident
# memory after a 2 s warm-up and a 5 s wrk load at 16 connections, requests/s in that load, and the size of
# its class path. Default JVM options for both.
# Usage: bench/server/library-startup.sh [runs]. Ports from IIN_PG_PORTS (first two), else 18080-18081.
set -e
cd "$(dirname "$0")/hello"
RUNS=${1:-5}
BASE=${IIN_PG_PORTS%%-*}
BASE=${BASE:-18080}
mvn -B -q package dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp.txt
CP="target/classes:$(cat target/cp.txt)"
echo "load average: $(cat /proc/loadavg)"

measure() { # $1 label, $2 main class, $3 port, $4 class path
  i=0; : > "target/$1.txt"
  while [ "$i" -lt "$RUNS" ]; do
    t0=$(date +%s%N)
    java -cp "$4" "$2" "$3" > /dev/null 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$3/health"; do sleep 0.01; done
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >> "target/$1.txt"
    if [ "$i" -eq 0 ]; then
      wrk -t2 -c16 -d2s "http://127.0.0.1:$3/health" > /dev/null   # warm-up (JIT), not counted
      rps=$(wrk -t2 -c16 -d5s "http://127.0.0.1:$3/health" | awk '/Requests\/sec/ {print int($2)}')
      rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    i=$((i + 1))
  done
  bytes=0
  for j in $(echo "$4" | tr ':' ' '); do
    [ -f "$j" ] && bytes=$((bytes + $(stat -c %s "$j")))
  done
  sort -n "target/$1.txt" | awk -v l="$1" -v rss="$rss" -v rps="$rps" -v kb="$((bytes / 1024))" \
    '{a[NR]=$1} END {m=int((NR+1)/2); printf "%-8s start to first answer %5d ms (median of %d; min %d, max %d)," \
      " RSS after load %4d MiB, %6d requests/s (16 connections), class path beyond the JDK %6d KiB\n",
      l, a[m], NR, a[1], a[NR], rss, rps, kb}'
}
measure jdk hello.JdkHello "$BASE" target/classes
measure javalin hello.JavalinHello "$((BASE + 1))" "$CP"
echo "load average: $(cat /proc/loadavg)"
