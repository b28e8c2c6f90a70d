package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IinGoldenVectorTest {
    static List<GoldenVectors.Vector> vectors() {
        return GoldenVectors.iin();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void strictReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.get("reason"));
        assertThat(Iin.check(v.input())).isEqualTo(expected);
        assertThat(Iin.isValid(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void lenientReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.get("lenient_reason"));
        assertThat(TaxpayerId.checkLenient(v.input())).isEqualTo(expected);
        assertThat(Iin.hasValidCheckDigit(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void parseDecodesValidAndRejectsInvalidWithTheSameReason(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.get("reason"));
        if (expected.isPresent()) {
            InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> Iin.parse(v.input()));
            assertThat(e).isNotNull();
            assertThat(e.error()).isEqualTo(expected.get());
            if (v.input().length() >= 12) {
                assertThat(e.getMessage()).doesNotContain(v.input());
            }
        } else {
            Iin iin = Iin.parse(v.input());
            assertThat(iin.value()).isEqualTo(v.input());
            assertThat(iin.birthDate()).isEqualTo(LocalDate.parse(v.get("birth_date")));
            assertThat(iin.sex().code()).isEqualTo(v.get("sex"));
            assertThat(iin.century()).isEqualTo(Integer.parseInt(v.get("century")));
            assertThat(iin.serial()).isEqualTo(Integer.parseInt(v.get("serial")));
            assertThat(Iin.checkDigit(v.input().substring(0, 11))).isEqualTo(iin.checkDigit());
        }
    }

    @Test
    void vectorsCoverEveryReasonThatAppliesToAnIin() {
        Set<IdError> covered = vectors().stream().map(v -> v.get("reason")).filter(r -> !r.isEmpty())
                .map(IdError::valueOf).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT,
                IdError.INVALID_CENTURY_SEX_DIGIT, IdError.INVALID_BIRTH_DATE, IdError.NO_CHECK_DIGIT,
                IdError.CHECK_DIGIT_MISMATCH));
        assertThat(vectors()).anyMatch(v -> v.get("reason").isEmpty());
    }

    @Test
    void constructorValidatesToo() {
        assertThatThrownBy(() -> new Iin("900101300008")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Iin(null)).isInstanceOf(InvalidIdException.class);
    }

    static Optional<IdError> reason(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(IdError.valueOf(cell));
    }
}
