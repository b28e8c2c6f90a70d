package kz.iin.bench.rules;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import kz.iin.rules.Case;
import kz.iin.rules.RandomCases;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * Cases read from JSON per second ({@link CaseJson#read}), over the same 4096 varied cases as
 * {@link DecisionBenchmark}, written as {@code iin decide} reads them. The decision itself is DecisionBenchmark's
 * (it needs a far longer warm-up than reading). bench/run-case-json.sh runs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseJsonBenchmark {
    private static final int CASES = CaseCursor.CASES;

    @State(Scope.Benchmark)
    public static class Shared {
        String[] texts;

        @Setup(Level.Trial)
        public void setUp() {
            Case[] cases = RandomCases.generate(CASES, 20261124L);
            texts = new String[CASES];
            for (int i = 0; i < CASES; i++) {
                texts[i] = CaseJson.write(cases[i]);
            }
        }
    }

    @Benchmark
    public Case read(Shared s, CaseCursor c) throws CaseFormatException {
        return CaseJson.read(s.texts[c.advance()]);
    }
}
