package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxpayerIdTest {
    private final Iin iin = Iin.firstAssignable(LocalDate.of(1990, 1, 31), Sex.FEMALE, 123);
    private final Bin bin = Bin.firstAssignable(YearMonth.of(2007, 9), EntityType.RESIDENT, Division.BRANCH, 4567);

    @Test
    void theFifthDigitTellsTheKind() {
        assertThat(TaxpayerId.kindOf(iin.value())).contains(Kind.IIN);
        assertThat(TaxpayerId.kindOf(bin.value())).contains(Kind.BIN);
        assertThat(TaxpayerId.parse(iin.value())).isInstanceOf(Iin.class).isEqualTo(iin);
        assertThat(TaxpayerId.parse(bin.value())).isInstanceOf(Bin.class).isEqualTo(bin);
        assertThat(TaxpayerId.isValid(iin.value())).isTrue();
        assertThat(TaxpayerId.isValid(bin.value())).isTrue();
    }

    @Test
    void aFifthDigitOf7To9IsNeitherKind() {
        String seven = "050970000000";
        assertThat(TaxpayerId.kindOf(seven)).isEmpty();
        assertThat(TaxpayerId.check(seven)).contains(IdError.INVALID_ENTITY_TYPE);
    }

    @Test
    void anIinIsNotABinAndViceVersa() {
        assertThat(Bin.isValid(iin.value())).isFalse();
        assertThat(Iin.isValid(bin.value())).isFalse();
        assertThat(Iin.hasValidCheckDigit(bin.value())).isTrue();
    }

    @Test
    void compactRemovesSpacesAndHyphensOnly() {
        String v = iin.value();
        String spaced = v.substring(0, 6) + " " + v.substring(6, 8) + "\u00A0-" + v.substring(8) + "\u2011";
        assertThat(TaxpayerId.compact(spaced)).isEqualTo(v);
        assertThat(TaxpayerId.compact("\t" + v + "\n")).isEqualTo("\t" + v + "\n");
        assertThat(TaxpayerId.compact("１２")).isEqualTo("１２");
        assertThat(TaxpayerId.compact(null)).isNull();
    }

    @Test
    void maskingHidesAllButTheLastFourDigits() {
        assertThat(iin.masked()).hasSize(12).startsWith("********").endsWith(iin.value().substring(8));
        assertThat(iin.toString()).doesNotContain(iin.value()).contains(iin.masked());
        assertThat(bin.toString()).doesNotContain(bin.value());
        assertThat(TaxpayerId.mask("123")).isEqualTo("***");
        assertThat(TaxpayerId.mask(null)).isEqualTo("<null>");
        assertThat(TaxpayerId.mask("1".repeat(1000))).isEqualTo("<1000 characters>");
    }

    @Test
    void exceptionMessagesSayWhatWasExpectedWithoutTheNumber() {
        String wrongCheck = iin.value().substring(0, 11) + (char) ('0' + (iin.checkDigit() + 1) % 10);
        InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> Iin.parse(wrongCheck));
        assertThat(e.error()).isEqualTo(IdError.CHECK_DIGIT_MISMATCH);
        assertThat(e.getMessage()).contains("expected the check digit").doesNotContain(wrongCheck)
                .doesNotContain("digit " + iin.checkDigit());

        InvalidIdException length = catchThrowableOfType(InvalidIdException.class, () -> Iin.parse("123"));
        assertThat(length.getMessage()).contains("expected 12 digits, got 3");

        InvalidIdException digit = catchThrowableOfType(InvalidIdException.class, () -> Iin.parse("12345a789012"));
        assertThat(digit.getMessage()).contains("position 6");
    }

    @Test
    void everyReasonHasAPlainDescriptionAndCachedOptional() {
        for (IdError error : IdError.values()) {
            assertThat(error.description()).isNotBlank();
            assertThat(IdError.optional(error)).isSameAs(IdError.optional(error)).isEqualTo(Optional.of(error));
        }
    }
}
