package kz.iin.bench.rules;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Function;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;

/**
 * Decisions per second of this thread's CPU time (not of wall time) and bytes allocated per decision, for the
 * hand-coded decision and the rules (a new rule-unit instance per decision). Rounds of the two alternate, so each ratio compares figures taken under the same load: on a machine shared with other work,
 * wall-clock throughput (the JMH report) mostly measures the others. Usage: CpuTimeReport [ROUNDS] [CASES/ROUND]
 */
public final class CpuTimeReport {
    private CpuTimeReport() {
    }

    private record Variant(String name, Function<Case, Decision> decide, long[] cpuNanos, long[] bytes) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Case[] cases = RandomCases.generate(4096, 20261124L);
        EligibilityService rules = new EligibilityService();
        HandCodedEligibility plain = new HandCodedEligibility(RuleMetadata.harvest(rules, cases));
        Variant[] variants = {
            new Variant("plainJava", plain::decide, new long[rounds], new long[rounds]),
            new Variant("rules", rules::decide, new long[rounds], new long[rounds]),
        };
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        Object sink = null;
        for (Variant v : variants) { // warm-up: compiled before anything is measured
            for (int i = 0; i < perRound * 3; i++) {
                sink = v.decide().apply(cases[i & 4095]);
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (Variant v : variants) {
                long cpu = threads.getThreadCpuTime(id);
                long bytes = threads.getThreadAllocatedBytes(id);
                for (int i = 0; i < perRound; i++) {
                    sink = v.decide().apply(cases[(r * perRound + i) & 4095]);
                }
                v.cpuNanos()[r] = threads.getThreadCpuTime(id) - cpu;
                v.bytes()[r] = threads.getThreadAllocatedBytes(id) - bytes;
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        System.out.printf(Locale.ROOT, "%d rounds x %d decisions per variant, single thread, per CPU second%n",
                rounds, perRound);
        System.out.printf(Locale.ROOT, "| %-11s | %26s | %10s |%n", "variant", "decisions/CPU-s (best, median)",
                "B/decision");
        System.out.println("|-------------|----------------------------|------------|");
        double[] best = new double[variants.length];
        for (int k = 0; k < variants.length; k++) {
            Variant v = variants[k];
            long[] sorted = v.cpuNanos().clone();
            java.util.Arrays.sort(sorted);
            best[k] = perRound / (sorted[0] / 1e9);
            double median = perRound / (sorted[rounds / 2] / 1e9);
            double bytes = (double) java.util.Arrays.stream(v.bytes()).sum() / ((long) rounds * perRound);
            System.out.printf(Locale.ROOT, "| %-11s | %12.0f, %12.0f | %10.0f |%n", v.name(), best[k], median, bytes);
        }
        System.out.printf(Locale.ROOT, "plain Java / rules: %.1fx%n", best[0] / best[1]);
    }
}
