#!/bin/sh
# Builds the benchmarks jar and runs the core benchmarks with the GC profiler (several minutes); prints ns/op, B/op and the target ratios. Extra JMH options pass through, e.g. ./bench/run-core.sh -f 1 -wi 3 -w 1s -i 5 -r 1s
cd "$(dirname "$0")/.." && mvn -B -q -pl bench -am package -DskipTests && exec java -cp bench/target/benchmarks.jar kz.iin.bench.CoreReport "$@"
