package kz.iin.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.iin.Bin;
import kz.iin.IdError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** BIN: the core's surface on realistic inputs, cycling through a fixed array. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class BinBenchmark {
    private static final int MASK = BenchInputs.SIZE - 1;

    private String[] mixed;
    private String[] valid;
    private String[] bodies;
    private int next;

    @Setup
    public void setUp() {
        mixed = BenchInputs.mixedBins();
        valid = BenchInputs.validBins();
        bodies = BenchInputs.bodies(valid);
    }

    private int index() {
        int i = next;
        next = (i + 1) & MASK;
        return i;
    }

    @Benchmark
    public boolean isValid() {
        return Bin.isValid(mixed[index()]);
    }

    @Benchmark
    public Optional<IdError> check() {
        return Bin.check(mixed[index()]);
    }

    @Benchmark
    public Bin parse() {
        return Bin.parse(valid[index()]);
    }

    @Benchmark
    public int checkDigit() {
        return Bin.computeCheckDigit(bodies[index()]);
    }
}
