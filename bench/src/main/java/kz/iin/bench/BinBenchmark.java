package kz.iin.bench;

import java.util.Optional;
import kz.iin.Bin;
import kz.iin.IdError;
import kz.iin.TaxpayerId;

/** BIN: the shared shape of {@link KindBenchmark}. */
public class BinBenchmark extends KindBenchmark {
    @Override
    String[] mixedInputs() {
        return BenchInputs.mixedBins();
    }

    @Override
    String[] validInputs() {
        return BenchInputs.validBins();
    }

    @Override
    boolean isValid(String s) {
        return Bin.isValid(s);
    }

    @Override
    Optional<IdError> check(String s) {
        return Bin.check(s);
    }

    @Override
    TaxpayerId parse(String s) {
        return Bin.parse(s);
    }

    @Override
    int computeCheckDigit(String first11Digits) {
        return Bin.computeCheckDigit(first11Digits);
    }
}
