package kz.iin.bench.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code validator.validate(bean)} for a bean with one {@code @Iin} field against the same for Hibernate
 * Validator's own {@code @PESEL}, in one run, on valid values (the common case) and on values with a wrong
 * check digit (a violation and its message are built).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
public class BeanValidationBenchmark {
    private static final int MASK = BeanInputs.SIZE - 1;

    private ValidatorFactory factory;
    private Validator validator;
    private BeanInputs.IinForm[] validIin;
    private BeanInputs.IinForm[] invalidIin;
    private BeanInputs.PeselForm[] validPesel;
    private BeanInputs.PeselForm[] invalidPesel;
    private int next;

    @Setup
    public void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        validIin = BeanInputs.iinForms(true);
        invalidIin = BeanInputs.iinForms(false);
        validPesel = BeanInputs.peselForms(true);
        invalidPesel = BeanInputs.peselForms(false);
    }

    @TearDown
    public void tearDown() {
        factory.close();
    }

    private int index() {
        int i = next;
        next = (i + 1) & MASK;
        return i;
    }

    @Benchmark
    public Set<ConstraintViolation<BeanInputs.IinForm>> validIin() {
        return validator.validate(validIin[index()]);
    }

    @Benchmark
    public Set<ConstraintViolation<BeanInputs.PeselForm>> validPesel() {
        return validator.validate(validPesel[index()]);
    }

    @Benchmark
    public Set<ConstraintViolation<BeanInputs.IinForm>> invalidIin() {
        return validator.validate(invalidIin[index()]);
    }

    @Benchmark
    public Set<ConstraintViolation<BeanInputs.PeselForm>> invalidPesel() {
        return validator.validate(invalidPesel[index()]);
    }
}
