package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BinGoldenVectorTest extends AbstractGoldenVectorTest {
    @Override
    List<GoldenVectors.Vector> vectors() {
        return GoldenVectors.bin();
    }

    @Override
    Set<IdError> reasonsThatApply() {
        return EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT, IdError.INVALID_REGISTRATION_MONTH,
                IdError.INVALID_ENTITY_TYPE, IdError.INVALID_DIVISION, IdError.NO_CHECK_DIGIT,
                IdError.CHECK_DIGIT_MISMATCH);
    }

    @Override
    Optional<IdError> check(String s) {
        return Bin.check(s);
    }

    @Override
    boolean isValid(String s) {
        return Bin.isValid(s);
    }

    @Override
    boolean hasValidCheckDigit(String s) {
        return Bin.hasValidCheckDigit(s);
    }

    @Override
    TaxpayerId parse(String s) {
        return Bin.parse(s);
    }

    @Override
    int computeCheckDigit(String first11Digits) {
        return Bin.computeCheckDigit(first11Digits);
    }

    @Override
    void assertDecodes(TaxpayerId id, GoldenVectors.Vector v) {
        Bin bin = (Bin) id;
        assertThat(bin.registered()).isEqualTo(YearMonth.parse(v.get("registered")));
        assertThat(bin.type().name()).isEqualTo(v.get("type"));
        assertThat(bin.division().name()).isEqualTo(v.get("division"));
        assertThat(bin.serial()).isEqualTo(Integer.parseInt(v.get("serial")));
        assertThat(bin.checkDigit()).isEqualTo(Bin.computeCheckDigit(v.input().substring(0, 11)));
    }

    @Test
    void constructorValidatesToo() {
        assertThatThrownBy(() -> new Bin("990151000008")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Bin(null)).isInstanceOf(InvalidIdException.class);
    }
}
