package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Generated numbers are valid and decode back to what they were built from. */
class GenerationTest {
    @Test
    void generatedIinsAreValidAndRoundTrip() {
        SplittableRandom random = new SplittableRandom(7);
        long first = LocalDate.of(1800, 1, 1).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        for (int n = 0; n < 100_000; n++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            int from = random.nextInt(9900);
            Iin iin = Iin.firstAssignable(date, sex, from);
            assertThat(Iin.isValid(iin.value())).isTrue();
            assertThat(iin.birthDate()).isEqualTo(date);
            assertThat(iin.sex()).isEqualTo(sex);
            assertThat(iin.serial()).isBetween(from, from + 99);
            assertThat(Iin.parse(iin.value())).isEqualTo(iin);
            assertThat(Iin.of(date, sex, iin.serial())).isEqualTo(iin);
            assertThat(TaxpayerId.parse(iin.value())).isEqualTo(iin);
            assertThat(TaxpayerId.kindOf(iin.value())).contains(Kind.IIN);
        }
    }

    @Test
    void generatedBinsAreValidAndRoundTrip() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 100_000; n++) {
            YearMonth registered = YearMonth.of(1990 + random.nextInt(100), 1 + random.nextInt(12));
            EntityType type = EntityType.values()[random.nextInt(3)];
            Division division = Division.values()[random.nextInt(4)];
            int from = random.nextInt(99_000);
            Bin bin = Bin.firstAssignable(registered, type, division, from);
            assertThat(Bin.isValid(bin.value())).isTrue();
            assertThat(bin.registered()).isEqualTo(registered);
            assertThat(bin.type()).isEqualTo(type);
            assertThat(bin.division()).isEqualTo(division);
            assertThat(bin.serial()).isBetween(from, from + 999);
            assertThat(Bin.parse(bin.value())).isEqualTo(bin);
            assertThat(TaxpayerId.parse(bin.value())).isEqualTo(bin);
            assertThat(TaxpayerId.kindOf(bin.value())).contains(Kind.BIN);
        }
    }

    @Test
    void aSerialWithoutCheckDigitIsRefusedWithAPointerToTheNextOne() {
        LocalDate date = LocalDate.of(1990, 1, 1);
        int serial = 0;
        while (Iin.computeCheckDigit(String.format("9001013%04d", serial)) != -1) {
            serial++;
        }
        int noCheckDigit = serial;
        assertThatThrownBy(() -> Iin.of(date, Sex.MALE, noCheckDigit)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no check digit").hasMessageContaining("next serial");
        assertThat(Iin.firstAssignable(date, Sex.MALE, noCheckDigit).serial()).isGreaterThan(noCheckDigit);
    }

    @Test
    void sexCodesAreExactlyMAndF() {
        assertThat(Sex.ofCode("M")).isEqualTo(Sex.MALE);
        assertThat(Sex.ofCode("F")).isEqualTo(Sex.FEMALE);
        for (String bad : new String[] {"m", "f", "", " M", "MALE", "Ж"}) {
            assertThatThrownBy(() -> Sex.ofCode(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Sex.ofCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfRangeArgumentsAreRefused() {
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1799, 12, 31), Sex.MALE, 0)).hasMessageContaining("1800-2099");
        assertThatThrownBy(() -> Iin.of(LocalDate.of(2100, 1, 1), Sex.MALE, 0)).hasMessageContaining("1800-2099");
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1990, 1, 1), Sex.MALE, 10_000)).hasMessageContaining("0-9999");
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1990, 1, 1), Sex.MALE, -1)).hasMessageContaining("0-9999");
        assertThatThrownBy(() -> Iin.of(null, Sex.MALE, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Bin.of(YearMonth.of(1989, 12), EntityType.RESIDENT, Division.BRANCH, 0))
                .hasMessageContaining("1990-2089");
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2090, 1), EntityType.RESIDENT, Division.BRANCH, 0))
                .hasMessageContaining("1990-2089");
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2000, 1), EntityType.RESIDENT, Division.BRANCH, 100_000))
                .hasMessageContaining("0-99999");
    }

    @Test
    void centuryAndSexDigitsFollowTheTable() {
        assertThat(Iin.firstAssignable(LocalDate.of(1850, 1, 1), Sex.MALE, 0).value().charAt(6)).isEqualTo('1');
        assertThat(Iin.firstAssignable(LocalDate.of(1850, 1, 1), Sex.FEMALE, 0).value().charAt(6)).isEqualTo('2');
        assertThat(Iin.firstAssignable(LocalDate.of(1950, 1, 1), Sex.MALE, 0).value().charAt(6)).isEqualTo('3');
        assertThat(Iin.firstAssignable(LocalDate.of(1950, 1, 1), Sex.FEMALE, 0).value().charAt(6)).isEqualTo('4');
        assertThat(Iin.firstAssignable(LocalDate.of(2000, 1, 1), Sex.MALE, 0).value().charAt(6)).isEqualTo('5');
        assertThat(Iin.firstAssignable(LocalDate.of(2099, 1, 1), Sex.FEMALE, 0).value().charAt(6)).isEqualTo('6');
    }
}
