package kz.iin.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.Sex;

class IdFunctionsTest {
    private static final Iin IIN = Iin.firstAssignable(LocalDate.of(1985, 7, 15), Sex.FEMALE, 1);

    @Test
    void absentIsAnObjectThatSaysSo() {
        IdNumber none = IdNumber.absent();

        assertThat(none).isNotNull().isSameAs(IdNumber.absent());
        assertThat(none.isPresent()).isFalse();
        assertThat(none.isValid()).isFalse();
        assertThat(none.getError()).isNull();
        assertThat(none.getCheckDigitError()).isNull();
        assertThat(IdFunctions.validIin(none)).isFalse();
        assertThat(IdFunctions.reason(none)).isNull();
        assertThat(IdFunctions.encodedBirthDate(none)).isNull();
        assertThat(none.toString()).isEqualTo("IdNumber[(none)]");
    }

    @Test
    void strictAndLenientLevelsAndTheirReasons() {
        String body = IIN.value().substring(0, 6) + "0" + IIN.value().substring(7, 11);
        int cd = Iin.computeCheckDigit(body);
        String wrongCheckDigit = IIN.value().substring(0, 11) + (char) ('0' + (IIN.checkDigit() + 1) % 10);

        assertThat(IdFunctions.validIin(IdNumber.of(IIN))).isTrue();
        IdNumber wrong = IdNumber.of(wrongCheckDigit);
        assertThat(wrong.isCheckDigitValid()).isFalse();
        assertThat(wrong.getCheckDigitError()).isEqualTo(IdError.CHECK_DIGIT_MISMATCH);
        if (cd >= 0) {
            IdNumber reserved = IdNumber.of(body + cd);
            assertThat(reserved.isValid()).isFalse();
            assertThat(reserved.getError()).isEqualTo(IdError.INVALID_CENTURY_SEX_DIGIT);
            assertThat(reserved.isCheckDigitValid()).isTrue();
            assertThat(reserved.getCheckDigitError()).isNull();
            IdNumber reservedWrong = IdNumber.of(body + (cd + 1) % 10);
            assertThat(reservedWrong.getError()).isEqualTo(IdError.INVALID_CENTURY_SEX_DIGIT);
            assertThat(reservedWrong.getCheckDigitError()).isEqualTo(IdError.CHECK_DIGIT_MISMATCH);
        }
        assertThat(IdNumber.of("12345").getCheckDigitError()).isEqualTo(IdError.WRONG_LENGTH);
    }

    @Test
    void encodedFieldsAreClaimsOfValidNumbersOnly() {
        Bin bin = Bin.firstAssignable(YearMonth.of(2012, 11), EntityType.NON_RESIDENT, Division.BRANCH, 1);

        assertThat(IdFunctions.encodedBirthDate(IdNumber.of(IIN))).isEqualTo(LocalDate.of(1985, 7, 15));
        assertThat(IdFunctions.encodedSex(IdNumber.of(IIN))).isEqualTo(Sex.FEMALE);
        assertThat(IdFunctions.binType(IdNumber.of(bin))).isEqualTo(EntityType.NON_RESIDENT);
        assertThat(IdFunctions.binDivision(IdNumber.of(bin))).isEqualTo(Division.BRANCH);
        assertThat(IdFunctions.encodedSex(IdNumber.of(bin))).isNull();
    }

    @Test
    void ageOn29FebruaryBirthdays() {
        LocalDate leapling = LocalDate.of(2004, 2, 29);

        assertThat(IdFunctions.ageAt(leapling, LocalDate.of(2022, 2, 28))).isEqualTo(17);
        assertThat(IdFunctions.ageAt(leapling, LocalDate.of(2022, 3, 1))).isEqualTo(18);
        assertThat(IdFunctions.ageAt(leapling, LocalDate.of(2024, 2, 28))).isEqualTo(19);
        assertThat(IdFunctions.ageAt(leapling, LocalDate.of(2024, 2, 29))).isEqualTo(20);
        assertThat(new AsOf(LocalDate.of(2022, 3, 1)).ageOf(leapling)).isEqualTo(18);
        assertThat(IdFunctions.ageAt(leapling, LocalDate.of(2004, 2, 28))).isEqualTo(-1);
        assertThat(IdFunctions.ageAt(null, LocalDate.of(2004, 2, 28))).isEqualTo(-1);
    }
}
