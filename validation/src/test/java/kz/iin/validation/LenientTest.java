package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.pathsAndMessages;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** lenient = true checks the check digit only, exactly as the core's hasValidCheckDigit. */
class LenientTest {
    // 7th digit 7 is never issued as a century and sex digit, yet the check digit matches.
    static final String RESERVED_CENTURY_DIGIT = "900101700002";
    // Month 13 cannot be a BIN's registration month, yet the check digit matches.
    static final String MONTH_THIRTEEN = "991340000007";

    record Strict(@Iin String iin, @Bin String bin, @TaxpayerId String any) {
    }

    record Lenient(@Iin(lenient = true) String iin, @Bin(lenient = true) String bin,
            @TaxpayerId(lenient = true) String any) {
    }

    @Test
    void theCoreAgreesOnTheSamples() {
        assertThat(kz.iin.Iin.isValid(RESERVED_CENTURY_DIGIT)).isFalse();
        assertThat(kz.iin.Iin.hasValidCheckDigit(RESERVED_CENTURY_DIGIT)).isTrue();
        assertThat(kz.iin.Bin.isValid(MONTH_THIRTEEN)).isFalse();
        assertThat(kz.iin.Bin.hasValidCheckDigit(MONTH_THIRTEEN)).isTrue();
    }

    @Test
    void lenientAcceptsWhatOnlyTheStructureRejects() {
        assertThat(VALIDATOR.validate(new Lenient(RESERVED_CENTURY_DIGIT, MONTH_THIRTEEN, RESERVED_CENTURY_DIGIT)))
                .isEmpty();
        assertThat(pathsAndMessages(VALIDATOR.validate(new Strict(RESERVED_CENTURY_DIGIT, MONTH_THIRTEEN,
                RESERVED_CENTURY_DIGIT)))).containsExactly(
                        "any: is not a valid IIN or BIN: 7th digit (century and sex) is not 1-6",
                        "bin: is not a valid BIN: registration month (positions 3-4) is not 01-12",
                        "iin: is not a valid IIN: 7th digit (century and sex) is not 1-6");
    }

    @Test
    void lenientStillRejectsABadCheckDigitAndJunk() {
        assertThat(pathsAndMessages(VALIDATOR.validate(new Lenient("900101700003", "99134000000", "90010170000x"))))
                .containsExactly(
                        "any: is not a valid IIN or BIN: contains a character other than the ASCII digits 0-9",
                        "bin: is not a valid BIN: not 12 characters long",
                        "iin: is not a valid IIN: check digit (12th digit) does not match");
    }
}
