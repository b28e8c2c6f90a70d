package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {
    @Test
    void masksEveryRunOfTwelveOrMoreDigits() {
        assertThat(Redact.digits("file 900101300007.csv and 070941000021"))
                .isEqualTo("file ********0007.csv and ********0021");
        assertThat(Redact.digits("\uFF19\uFF10\uFF10\uFF11\uFF10\uFF11\uFF13\uFF10\uFF10\uFF10\uFF10\uFF17"))
                .isEqualTo("********\uFF10\uFF10\uFF10\uFF17");
        assertThat(Redact.digits("x" + "1".repeat(30))).isEqualTo("x<30 characters>");
    }

    @Test
    void leavesShorterNumbersAndTextAlone() {
        assertThat(Redact.digits("line 12345678901 of 3")).isEqualTo("line 12345678901 of 3");
        assertThat(Redact.digits("")).isEmpty();
        assertThat(Redact.digits(null)).isNull();
    }

    @Test
    void longMessagesAreShortened() {
        assertThat(Failures.shorten("a".repeat(10_000))).hasSizeLessThan(600).endsWith("(10000 characters)");
        assertThat(Failures.shorten("short")).isEqualTo("short");
    }
}
