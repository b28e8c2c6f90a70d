package kz.iin.bench;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.iin.IdError;
import kz.iin.Iin;
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

/**
 * IIN: the core against a minimal hand-written loop and against the peer style, side by side on the
 * same inputs, plus the rest of the core's surface. Each call takes the next input of a fixed array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class IinBenchmark {
    private static final int MASK = BenchInputs.SIZE - 1;

    private String[] mixed;
    private String[] valid;
    private String[] bodies;
    private int next;

    @Setup
    public void setUp() {
        mixed = BenchInputs.mixedIins();
        valid = BenchInputs.validIins();
        bodies = BenchInputs.bodies(valid);
    }

    private int index() {
        int i = next;
        next = (i + 1) & MASK;
        return i;
    }

    // --- validity on mixed input: core vs the yardstick vs the peer style ---

    @Benchmark
    public boolean isValid() {
        return Iin.isValid(mixed[index()]);
    }

    @Benchmark
    public boolean isValidMinimalLoop() {
        return MinimalLoop.isValidIin(mixed[index()]);
    }

    @Benchmark
    public boolean isValidPeerStyle() {
        return PeerStyleBaseline.isValid(mixed[index()]);
    }

    // --- parse and decode the birth date of valid numbers: core vs the peer style ---

    @Benchmark
    public LocalDate parseBirthDate() {
        return Iin.parse(valid[index()]).birthDate();
    }

    @Benchmark
    public Date parseBirthDatePeerStyle() {
        return PeerStyleBaseline.parse(valid[index()]).birthDate();
    }

    // --- the rest of the surface ---

    @Benchmark
    public Optional<IdError> check() {
        return Iin.check(mixed[index()]);
    }

    @Benchmark
    public Iin parse() {
        return Iin.parse(valid[index()]);
    }

    @Benchmark
    public int checkDigit() {
        return Iin.computeCheckDigit(bodies[index()]);
    }
}
