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
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;

/**
 * Decisions per second: the rules (one shared {@link EligibilityService}, a new rule-unit instance per
 * decision) against the same decision hand-coded in plain Java, over 4096 varied cases. Run with {@code -t 1} and {@code -t 2} for the scaling and
 * {@code -prof gc} for the allocation per decision (bench/run-rules.sh does all three).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
    private static final int CASES = CaseCursor.CASES;

    @State(Scope.Benchmark)
    public static class Shared {
        Case[] cases;
        EligibilityService rules;
        HandCodedEligibility plain;

        @Setup(Level.Trial)
        public void setUp() {
            cases = RandomCases.generate(CASES, 20261124L);
            rules = new EligibilityService();
            plain = new HandCodedEligibility(RuleMetadata.harvest(rules, cases));
        }
    }

    @Benchmark
    public Decision rules(Shared s, CaseCursor c) {
        return s.rules.decide(s.cases[c.advance()]);
    }

    @Benchmark
    public Decision plainJava(Shared s, CaseCursor c) {
        return s.plain.decide(s.cases[c.advance()]);
    }
}
