package kz.iin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import kz.iin.Bin;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import kz.iin.TaxpayerId;
import org.junit.jupiter.api.Test;

/**
 * The 1 MiB inputs the fuzzer leaves out (it stops at 64 Ki characters, see {@link EdgeCases}):
 * every entry point, on a huge run of each breaker character and of a valid number, answers with a
 * reason or a clean exception whose message does not echo the input.
 */
class HugeInputTest {
    private static final int ONE_MIB = 1 << 20;

    @Test
    void everyEntryPointCopesWithOneMebibyteOfAnything() {
        for (char c : EdgeCases.BREAKERS) {
            copes(String.valueOf(c).repeat(ONE_MIB));
        }
        copes("870412300034".repeat(ONE_MIB / 12 + 1));
        copes("8704-1230 0034 ".repeat(ONE_MIB / 15 + 1));
    }

    private static void copes(String huge) {
        for (Optional<IdError> reason : List.of(Iin.check(huge), Bin.check(huge), TaxpayerId.check(huge))) {
            assertThat(reason).contains(IdError.WRONG_LENGTH);
        }
        assertThat(Iin.isValid(huge) || Bin.isValid(huge) || TaxpayerId.isValid(huge)).isFalse();
        assertThat(TaxpayerId.hasValidCheckDigit(huge)).isFalse();
        assertThat(TaxpayerId.kindOf(huge)).isEmpty();
        assertThatThrownBy(() -> Iin.parse(huge)).isInstanceOf(InvalidIdException.class)
                .hasMessageNotContaining(huge.substring(0, 12));
        assertThatThrownBy(() -> Bin.parse(huge)).isInstanceOf(InvalidIdException.class)
                .hasMessageNotContaining(huge.substring(0, 12));
        assertThatThrownBy(() -> TaxpayerId.parse(huge)).isInstanceOf(InvalidIdException.class)
                .hasMessageNotContaining(huge.substring(0, 12));
        assertThatThrownBy(() -> Iin.computeCheckDigit(huge)).isExactlyInstanceOf(IllegalArgumentException.class);
        String compacted = TaxpayerId.compact(huge);
        assertThat(compacted).doesNotContain(" ", "-").hasSizeLessThanOrEqualTo(huge.length());
        assertThat(TaxpayerId.mask(huge)).hasSizeLessThan(32);
    }
}
