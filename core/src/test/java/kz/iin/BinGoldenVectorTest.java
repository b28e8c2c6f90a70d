package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BinGoldenVectorTest {
    static List<GoldenVectors.Vector> vectors() {
        return GoldenVectors.bin();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void strictReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = IinGoldenVectorTest.reason(v.get("reason"));
        assertThat(Bin.check(v.input())).isEqualTo(expected);
        assertThat(Bin.isValid(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void lenientReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = IinGoldenVectorTest.reason(v.get("lenient_reason"));
        assertThat(TaxpayerId.checkLenient(v.input())).isEqualTo(expected);
        assertThat(Bin.hasValidCheckDigit(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void parseDecodesValidAndRejectsInvalidWithTheSameReason(GoldenVectors.Vector v) {
        Optional<IdError> expected = IinGoldenVectorTest.reason(v.get("reason"));
        if (expected.isPresent()) {
            InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> Bin.parse(v.input()));
            assertThat(e).isNotNull();
            assertThat(e.error()).isEqualTo(expected.get());
        } else {
            Bin bin = Bin.parse(v.input());
            assertThat(bin.value()).isEqualTo(v.input());
            assertThat(bin.registered()).isEqualTo(YearMonth.parse(v.get("registered")));
            assertThat(bin.type().name()).isEqualTo(v.get("type"));
            assertThat(bin.division().name()).isEqualTo(v.get("division"));
            assertThat(bin.serial()).isEqualTo(Integer.parseInt(v.get("serial")));
            assertThat(Bin.checkDigit(v.input().substring(0, 11))).isEqualTo(bin.checkDigit());
        }
    }

    @Test
    void vectorsCoverEveryReasonThatAppliesToABin() {
        Set<IdError> covered = vectors().stream().map(v -> v.get("reason")).filter(r -> !r.isEmpty())
                .map(IdError::valueOf).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT,
                IdError.INVALID_REGISTRATION_MONTH, IdError.INVALID_ENTITY_TYPE, IdError.INVALID_DIVISION,
                IdError.NO_CHECK_DIGIT, IdError.CHECK_DIGIT_MISMATCH));
    }
}
