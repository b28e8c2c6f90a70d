package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bar's text, without a terminal or a clock: what the end-to-end tests cannot time reliably. */
class ProgressTest {
    private static Progress bar(long totalBytes) {
        return Progress.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), totalBytes, true);
    }

    @Test
    void aKnownSizeShowsPercentSeparatorsRateAndAnEtaOnceAFewTenthsHavePassed() {
        String line = bar(1_000_000).line("ids.txt", 250_000, 1_234_567, 1.0);
        assertThat(line).contains(" 25%").contains("1,234,567 lines").contains("1,234,567 lines/s").contains("ETA 0:03");
    }

    @Test
    void noEtaInTheFirstTenthsOfASecondNorForAnUnknownSize() {
        assertThat(bar(1_000_000).line("ids.txt", 250_000, 1_000, 0.1)).doesNotContain("ETA");
        assertThat(bar(-1).line("-", 250_000, 1_000_000, 2.0)).doesNotContain("ETA").doesNotContain("%")
                .contains("1,000,000 lines");
    }
}
