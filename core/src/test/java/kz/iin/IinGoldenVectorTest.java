package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IinGoldenVectorTest extends AbstractGoldenVectorTest {
    @Override
    List<GoldenVectors.Vector> vectors() {
        return GoldenVectors.iin();
    }

    @Override
    Set<IdError> reasonsThatApply() {
        return EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT, IdError.INVALID_CENTURY_SEX_DIGIT,
                IdError.INVALID_BIRTH_DATE, IdError.NO_CHECK_DIGIT, IdError.CHECK_DIGIT_MISMATCH);
    }

    @Override
    Optional<IdError> check(String s) {
        return Iin.check(s);
    }

    @Override
    boolean isValid(String s) {
        return Iin.isValid(s);
    }

    @Override
    boolean hasValidCheckDigit(String s) {
        return Iin.hasValidCheckDigit(s);
    }

    @Override
    TaxpayerId parse(String s) {
        return Iin.parse(s);
    }

    @Override
    int computeCheckDigit(String first11Digits) {
        return Iin.computeCheckDigit(first11Digits);
    }

    @Override
    void assertDecodes(TaxpayerId id, GoldenVectors.Vector v) {
        Iin iin = (Iin) id;
        assertThat(iin.birthDate()).isEqualTo(LocalDate.parse(v.get("birth_date")));
        assertThat(iin.sex().code()).isEqualTo(v.get("sex"));
        assertThat(iin.century()).isEqualTo(Integer.parseInt(v.get("century")));
        assertThat(iin.serial()).isEqualTo(Integer.parseInt(v.get("serial")));
        assertThat(iin.checkDigit()).isEqualTo(Iin.computeCheckDigit(v.input().substring(0, 11)));
    }

    @Test
    void constructorValidatesToo() {
        assertThatThrownBy(() -> new Iin("900101300008")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Iin(null)).isInstanceOf(InvalidIdException.class);
    }
}
