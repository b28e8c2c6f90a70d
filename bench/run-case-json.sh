#!/bin/sh
# Builds the benchmarks jar and runs CaseJsonBenchmark (reading a case from JSON) under the GC profiler; prints
# cases/s and B/case. With BASELINE_JAR=<an older benchmarks.jar> the same
# benchmark of that build runs first, in the same session, and the ratios new/old are printed, e.g.
#   BASELINE_JAR=/tmp/old-benchmarks.jar ./bench/run-case-json.sh -f 1 -wi 3 -i 5
# Extra JMH options pass through. The load average is printed beside the figures.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -DskipTests
OUT=bench/target/case-json && rm -rf "$OUT" && mkdir -p "$OUT"
cp bench/target/benchmarks.jar "$OUT/new.jar"
run() { # $1 label, $2 jar, then JMH options
  label=$1 jar=$2 && shift 2
  echo "$label: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -jar "$jar" '^kz\.iin\.bench\.rules\.CaseJsonBenchmark\.read$' -prof gc -rf csv -rff "$OUT/$label.csv" "$@" > "$OUT/$label.log"
}
table() { # $1 label: benchmark, ops/s, B/op
  awk -F, -v label="$1" '$1 ~ /CaseJsonBenchmark/ {gsub(/"/, ""); n=$1; sub(/.*CaseJsonBenchmark\./, "", n);
      if (n ~ /:gc.alloc.rate.norm$/) {sub(/:.*/, "", n); b[n]=$5} else if (n !~ /:/) {s[n]=$5; e[n]=$6}}
    END {for (n in s) printf "%-8s %-14s %10.0f ± %7.0f cases/s %8.0f B/case\n", label, n, s[n], e[n], b[n]}' "$OUT/$1.csv" | sort
}
if [ -n "$BASELINE_JAR" ]; then
  cp "$BASELINE_JAR" "$OUT/old.jar"
  run old "$OUT/old.jar" "$@"
fi
run new "$OUT/new.jar" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$BASELINE_JAR" ] && table old
table new
if [ -n "$BASELINE_JAR" ]; then
  for b in read; do
    awk -F, -v b="$b" '{gsub(/"/, "")} $1 ~ ("\\." b "$") {print $5}' "$OUT/old.csv" "$OUT/new.csv" | paste -sd' ' \
      | awk -v b="$b" '{printf "new / old, %s: %.2fx\n", b, $2 / $1}'
  done
fi
