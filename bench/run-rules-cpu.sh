#!/bin/sh
# Builds the benchmarks jar and prints decisions per CPU-second and B/decision of the hand-coded decision and the
# rules (a new rule-unit instance per decision), in alternating rounds, with their ratio: figures that
# hold on a machine shared with other work, where wall-clock throughput (run-rules.sh) does not.
# Arguments: [ROUNDS] [DECISIONS PER ROUND], default 10 20000. JAVA_OPTS: JVM options for the measuring JVM.
cd "$(dirname "$0")/.." && mvn -B -q -pl bench -am package -DskipTests \
  && exec java ${JAVA_OPTS:-} -cp bench/target/benchmarks.jar kz.iin.bench.rules.CpuTimeReport "$@"
