package kz.iin.bench.rules;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DecisionBenchmark} with 1 and with 2 threads under the GC profiler and prints decisions per
 * second, bytes allocated per decision, the plain-Java-to-rules ratio and the 2-thread scaling. JMH options on the command line (e.g. {@code -f 1 -wi 2 -i 3}) are passed through.
 */
public final class RulesReport {
    private RulesReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        double[][] byThreads = new double[3][];
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-11s | %7s | %22s | %10s |%n", "benchmark", "threads", "decisions/s", "B/decision"));
        out.append("|-------------|---------|------------------------|------------|\n");
        for (int threads = 1; threads <= 2; threads++) {
            Collection<RunResult> results = new Runner(new OptionsBuilder()
                    .parent(new CommandLineOptions(args))
                    .include("^kz\\.iin\\.bench\\.rules\\.DecisionBenchmark\\.")
                    .threads(threads)
                    .addProfiler(GCProfiler.class)
                    .build()).run();
            double rules = 0;
            double plain = 0;
            for (RunResult run : results) {
                String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
                Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
                double score = run.getPrimaryResult().getScore();
                out.append(String.format(Locale.ROOT, "| %-11s | %7d | %12.0f ± %7.0f | %10.0f |%n", name, threads,
                        score, run.getPrimaryResult().getScoreError(), alloc == null ? Double.NaN : alloc.getScore()));
                switch (name) {
                    case "rules" -> rules = score;
                    default -> plain = score;
                }
            }
            byThreads[threads] = new double[] {rules, plain};
        }
        out.append('\n');
        double ratio = byThreads[1][1] / byThreads[1][0];
        out.append(String.format(Locale.ROOT, "plain Java / rules, 1 thread: %.1fx%n", ratio));
        out.append(String.format(Locale.ROOT, "rules, 2 threads / 1 thread: %.2fx; plain Java: %.2fx%n",
                byThreads[2][0] / byThreads[1][0], byThreads[2][1] / byThreads[1][1]));
        System.out.println();
        System.out.print(out);
    }
}
