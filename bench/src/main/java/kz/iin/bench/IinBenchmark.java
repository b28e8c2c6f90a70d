package kz.iin.bench;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.TaxpayerId;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * IIN: the shared shape of {@link KindBenchmark}, plus the yardsticks on the same inputs: validity
 * against a minimal hand-written loop and the peer style, and parse-and-decode against the peer style.
 */
public class IinBenchmark extends KindBenchmark {
    @Override
    String[] mixedInputs() {
        return BenchInputs.mixedIins();
    }

    @Override
    String[] validInputs() {
        return BenchInputs.validIins();
    }

    @Override
    boolean isValid(String s) {
        return Iin.isValid(s);
    }

    @Override
    Optional<IdError> check(String s) {
        return Iin.check(s);
    }

    @Override
    TaxpayerId parse(String s) {
        return Iin.parse(s);
    }

    @Override
    int computeCheckDigit(String first11Digits) {
        return Iin.computeCheckDigit(first11Digits);
    }

    @Benchmark
    public boolean isValidMinimalLoop() {
        return MinimalLoop.isValidIin(mixed[index()]);
    }

    @Benchmark
    public boolean isValidPeerStyle() {
        return PeerStyleBaseline.isValid(mixed[index()]);
    }

    @Benchmark
    public LocalDate parseBirthDate() {
        return Iin.parse(valid[index()]).birthDate();
    }

    @Benchmark
    public Date parseBirthDatePeerStyle() {
        return PeerStyleBaseline.parse(valid[index()]).birthDate();
    }
}
