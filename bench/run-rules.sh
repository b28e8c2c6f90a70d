#!/bin/sh
# Builds the benchmarks jar and runs the rule-decision benchmarks (rules vs the same decision in plain Java
# and vs a new rule-unit instance per decision)
# with 1 and 2 threads and the GC profiler (about 3 minutes); prints decisions/s, B/decision, the ratio and
# the scaling. Extra JMH options pass through, e.g. ./bench/run-rules.sh -f 1 -wi 2 -i 3
# Cold start is a separate script: bench/rules/first-decision.sh
cd "$(dirname "$0")/.." && mvn -B -q -pl bench -am package -DskipTests \
  && cp bench/target/benchmarks.jar drools-rules/target/rules-benchmarks.jar \
  && exec java -cp drools-rules/target/rules-benchmarks.jar kz.iin.bench.rules.RulesReport "$@"
