package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestNumbersTest {
    private static final LocalDate DATE = LocalDate.of(1990, 1, 31);

    @Test
    void inOrderSerialsCountUpSkippingBodiesWithoutACheckDigit() {
        List<Iin> all = TestNumbers.iins(DATE, Sex.FEMALE, 1).toList();
        assertThat(all).hasSize(9_916); // the other 83 serials from 1 have no check digit
        assertThat(all).allSatisfy(iin -> assertThat(iin.birthDate()).isEqualTo(DATE))
                .allSatisfy(iin -> assertThat(iin.sex()).isEqualTo(Sex.FEMALE));
        for (int i = 1; i < all.size(); i++) {
            int from = all.get(i - 1).serial();
            int to = all.get(i).serial();
            assertThat(to).isGreaterThan(from);
            for (int skipped = from + 1; skipped < to; skipped++) {
                int s = skipped;
                assertThatThrownBy(() -> Iin.of(DATE, Sex.FEMALE, s)).hasMessageContaining("no check digit");
            }
        }
        assertThat(TestNumbers.iins(DATE, Sex.FEMALE, 9999).count()).isLessThanOrEqualTo(1);
        List<Bin> bins = TestNumbers.bins(YearMonth.of(2007, 9), EntityType.RESIDENT, Division.BRANCH, 1).limit(3).toList();
        assertThat(bins).extracting(Bin::serial).containsExactly(2, 3, 4); // serial 1 has no check digit here
        assertThat(bins).allMatch(b -> b.registered().equals(YearMonth.of(2007, 9)) && b.type() == EntityType.RESIDENT
                && b.division() == Division.BRANCH);
        assertThatThrownBy(() -> TestNumbers.iins(LocalDate.of(1700, 1, 1), Sex.MALE, 1))
                .hasMessageContaining("1800-2099");
        assertThatThrownBy(() -> TestNumbers.bins(YearMonth.of(2007, 9), EntityType.RESIDENT, Division.BRANCH, 100_000))
                .hasMessageContaining("serial");
    }

    @Test
    void randomDrawsAreReproducibleInTheirRangesAndTheInvalidShareHasOnlyAWrongCheckDigit() {
        LocalDate from = LocalDate.of(1980, 2, 29);
        LocalDate to = LocalDate.of(1980, 3, 1);
        List<String> a = TestNumbers.randomIins(new SplittableRandom(42), from, to, Sex.FEMALE, 0.25).limit(20_000).toList();
        List<String> b = TestNumbers.randomIins(new SplittableRandom(42), from, to, Sex.FEMALE, 0.25).limit(20_000).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).allMatch(s -> s.startsWith("800229") || s.startsWith("800301")).allMatch(s -> s.charAt(6) == '4');
        List<String> invalid = a.stream().filter(s -> !TaxpayerId.isValid(s)).toList();
        assertThat(invalid.size()).isBetween(4_500, 5_500);
        assertThat(invalid).allMatch(s -> TaxpayerId.check(s).orElseThrow() == IdError.CHECK_DIGIT_MISMATCH);
        assertThat(TestNumbers.randomIins(new SplittableRandom(1), from, to, null, 0).limit(1000))
                .allMatch(TaxpayerId::isValid).anyMatch(s -> s.charAt(6) == '3').anyMatch(s -> s.charAt(6) == '4');

        List<String> bins = TestNumbers.randomBins(new SplittableRandom(1), YearMonth.of(2001, 1), YearMonth.of(2001, 2),
                EntityType.NON_RESIDENT, null, 0).limit(1000).toList();
        assertThat(bins).allMatch(TaxpayerId::isValid).allMatch(s -> s.startsWith("0101") || s.startsWith("0102"))
                .allMatch(s -> s.charAt(4) == '5');
        assertThat(bins.stream().map(s -> s.charAt(5)).distinct().count()).isEqualTo(Division.values().length);
    }

    @Test
    void randomDrawsRefuseImpossibleRanges() {
        SplittableRandom r = new SplittableRandom(1);
        assertThatThrownBy(() -> TestNumbers.randomIins(r, DATE, DATE.minusDays(1), null, 0)).hasMessageContaining("after");
        assertThatThrownBy(() -> TestNumbers.randomIins(r, LocalDate.of(1799, 12, 31), DATE, null, 0))
                .hasMessageContaining("1800-2099");
        assertThatThrownBy(() -> TestNumbers.randomIins(r, DATE, DATE, null, 1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> TestNumbers.randomBins(r, YearMonth.of(1989, 12), YearMonth.of(2000, 1), null, null, 0))
                .hasMessageContaining("1990-2089");
    }
}
