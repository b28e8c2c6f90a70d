#!/bin/sh
# Builds the benchmarks jar and runs the Bean Validation comparison (@Iin vs Hibernate Validator's @PESEL) with
# the GC profiler; prints ns/op, B/op and the ratios. Extra JMH options pass through, e.g. -f 1 -wi 3 -i 5
cd "$(dirname "$0")/.." && mvn -B -q -pl bench -am package -DskipTests \
  && exec java -cp bench/target/benchmarks.jar kz.iin.bench.validation.ValidationReport "$@"
