package kz.iin.bench;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.TaxpayerId;
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
 * The core's surface for one kind, written once (JMH runs these benchmarks for each subclass): each
 * call takes the next input of a fixed array, so the JIT cannot fold a single input. A subclass names
 * its inputs and its entry points; each fork runs one subclass, so those calls are direct.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public abstract class KindBenchmark {
    private static final int MASK = BenchInputs.SIZE - 1;

    /** Realistic input: mostly valid, one in eight spoiled. */
    protected String[] mixed;
    /** The same as ASCII bytes, one line each, for the batch decoder. */
    private byte[][] mixedBytes;
    protected String[] valid;
    private String[] bodies;
    private final IdDecoder decoder = new IdDecoder();
    private int next;

    abstract String[] mixedInputs();

    abstract String[] validInputs();

    abstract boolean isValid(String s);

    abstract Optional<IdError> check(String s);

    abstract TaxpayerId parse(String s);

    abstract int computeCheckDigit(String first11Digits);

    @Setup
    public void setUp() {
        mixed = mixedInputs();
        valid = validInputs();
        bodies = BenchInputs.bodies(valid);
        mixedBytes = new byte[mixed.length][];
        for (int i = 0; i < mixed.length; i++) {
            mixedBytes[i] = mixed[i].getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    protected final int index() {
        int i = next;
        next = (i + 1) & MASK;
        return i;
    }

    @Benchmark
    public boolean isValid() {
        return isValid(mixed[index()]);
    }

    @Benchmark
    public Optional<IdError> check() {
        return check(mixed[index()]);
    }

    @Benchmark
    public TaxpayerId parse() {
        return parse(valid[index()]);
    }

    @Benchmark
    public int checkDigit() {
        return computeCheckDigit(bodies[index()]);
    }

    /** What a batch checker does per line: judge the bytes and read a decoded field of the valid ones. */
    @Benchmark
    public int decodeAscii() {
        byte[] line = mixedBytes[index()];
        return decoder.decodeAscii(line, 0, line.length) ? decoder.kind().ordinal() : decoder.error().ordinal();
    }
}
