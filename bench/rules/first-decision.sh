#!/bin/sh
# The first decision in a fresh JVM: JVM start -> a case read from JSON -> the first Decision, as the JVM itself
# reports it (kz.iin.bench.rules.FirstDecision), median of N runs (default 9), with the load average beside the
# figures. Two variants of the same jars:
#   plain     java -cp <iin-drools-rules and its run-time dependencies>
#   +AppCDS   the same with a dynamic class-data-sharing archive of the classes the first decision loads
#             (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile): a deployment option, JDK 13+
# Also prints where the time goes in the median run: JVM start to main, reading the case, creating the service
# (the rule base), the decision itself, and the CPU time the process had used by then (all threads).
# Usage: bench/rules/first-decision.sh [runs]
set -e
cd "$(dirname "$0")/../.."
RUNS=${1:-9}
mvn -B -q -pl bench -am package -DskipTests
OUT=bench/target/first-decision
rm -rf "$OUT" && mkdir -p "$OUT"
mvn -B -q -pl drools-rules dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$PWD/$OUT/runtime.cp"
# Copies, so that a concurrent build cannot change the class path mid-run.
cp "$(ls drools-rules/target/iin-drools-rules-*.jar | grep -v -e sources -e javadoc -e tests | head -1)" "$OUT/rules.jar"
cp "$(ls bench/target/iin-bench-*.jar | grep -v -e sources -e javadoc | head -1)" "$OUT/bench.jar"
SLF4J=$(ls ~/.m2/repository/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar)
CP="$OUT/bench.jar:$OUT/rules.jar:$(cat "$OUT/runtime.cp"):$SLF4J"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run-time class path: $(echo "$CP" | tr ':' '\n' | grep -c jar) jars (with the bench's own and slf4j-simple)"

run() { # $1 label, $2 extra JVM option (optional)
  java ${2:-} -cp "$CP" kz.iin.bench.rules.FirstDecision > /dev/null 2>&1   # page cache warm-up, not counted
  i=0; : > "$OUT/$1.txt"
  while [ $i -lt "$RUNS" ]; do
    java ${2:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" kz.iin.bench.rules.FirstDecision \
        2>/dev/null >> "$OUT/$1.txt"
    i=$((i + 1))
  done
  sort -n "$OUT/$1.txt" | awk -v label="$1" '{a[NR]=$1; l[NR]=$0} END {m=int((NR+1)/2); split(l[m], f, " ");
    printf "%-8s first decision %4d ms after JVM start (median of %d; min %d, max %d); median run: JVM to main %d ms, read case %d ms, service %d ms, decide %d ms; CPU %d ms\n",
      label, a[m], NR, a[1], a[NR], f[2], f[3], f[4], f[5], f[6]}'
}
run plain
java -XX:ArchiveClassesAtExit="$OUT/first-decision.jsa" -cp "$CP" kz.iin.bench.rules.FirstDecision > /dev/null 2>&1
run +AppCDS "-XX:SharedArchiveFile=$OUT/first-decision.jsa"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
