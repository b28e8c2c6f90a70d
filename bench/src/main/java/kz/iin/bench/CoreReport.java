package kz.iin.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the core benchmarks (IIN and BIN, not other modules') with the GC profiler in one JMH run and
 * prints the table the performance issue asks for: ns/op (mean with its 99.9 % interval, and the
 * median iteration) and B/op (gc.alloc.rate.norm) per benchmark, then the three target ratios,
 * judged on medians. JMH options on the command line (e.g. {@code -f 1 -wi 3 -i 5}) are passed through.
 */
public final class CoreReport {
    private static final String CORE_BENCHMARKS = "^kz\\.iin\\.bench\\.(Iin|Bin)Benchmark\\.";

    private CoreReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(CORE_BENCHMARKS)
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(table(results));
    }

    static String table(Collection<RunResult> results) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst("^kz\\.iin\\.bench\\.", "");
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            Result<?> time = run.getPrimaryResult();
            rows.put(name, new double[] {time.getScore(), time.getScoreError(),
                    time.getStatistics().getPercentile(50), alloc == null ? Double.NaN : alloc.getScore()});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-38s | %19s | %13s | %8s |%n",
                "benchmark", "ns/op (mean ± CI)", "ns/op, median", "B/op"));
        out.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%n",
                "-".repeat(40), "-".repeat(21), "-".repeat(15), "-".repeat(10)));
        List<String> names = new ArrayList<>(rows.keySet());
        for (String name : names) {
            double[] r = rows.get(name);
            out.append(String.format(Locale.ROOT, "| %-38s | %9.1f ± %7.1f | %13.1f | %8.1f |%n",
                    name, r[0], r[1], r[2], r[3]));
        }
        out.append('\n');
        // Medians of the iterations resist a neighbour's burst of load better than means do.
        out.append(String.format(Locale.ROOT, "%-58s %8s %8s%n", "ratio", "medians", "means"));
        ratio(out, rows, "Iin.isValid vs minimal loop (target: at most 1.2x)",
                "IinBenchmark.isValid", "IinBenchmark.isValidMinimalLoop", false, 1.2);
        ratio(out, rows, "peer style vs Iin.isValid (target: at least 20x)",
                "IinBenchmark.isValidPeerStyle", "IinBenchmark.isValid", true, 20);
        ratio(out, rows, "peer style vs Iin.parse+birthDate (target: at least 5x)",
                "IinBenchmark.parseBirthDatePeerStyle", "IinBenchmark.parseBirthDate", true, 5);
        return out.toString();
    }

    private static void ratio(StringBuilder out, Map<String, double[]> rows, String label,
            String numerator, String denominator, boolean atLeast, double target) {
        double[] n = rows.get(numerator);
        double[] d = rows.get(denominator);
        if (n == null || d == null) {
            out.append(String.format(Locale.ROOT, "%-58s not measured%n", label));
            return;
        }
        double byMedian = n[2] / d[2];
        double byMean = n[0] / d[0];
        boolean met = atLeast ? byMedian >= target : byMedian <= target;
        out.append(String.format(Locale.ROOT, "%-58s %7.2fx %7.2fx  %s%n", label, byMedian, byMean,
                met ? "MET" : "MISSED"));
    }
}
