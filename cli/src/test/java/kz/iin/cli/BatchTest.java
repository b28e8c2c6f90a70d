package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;
    static final String HEADER = "input\tkind\tvalid\treason\tbirth_date\tsex\tregistered\ttype\tdivision";

    @Test
    void tsvColumnsInOrder() {
        Cli.Result r = Cli.piped(IIN + "\n" + BIN + "\r\n12345\n\n900101300008", "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.out()).isEqualTo(HEADER + "\n"
                + IIN + "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t\n"
                + BIN + "\tBIN\ttrue\t\t\t\t2007-09\tRESIDENT\tBRANCH\n"
                + "12345\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t\n"
                + "\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t\n"
                + "900101300008\tIIN\tfalse\tCHECK_DIGIT_MISMATCH\t\t\t\t\t\n");
        assertThat(r.stderr()).contains("5 lines checked: 2 valid, 3 invalid")
                .contains("WRONG_LENGTH").contains("CHECK_DIGIT_MISMATCH");
    }

    @Test
    void tsvEchoesTheLineEscapingOnlyTabCrAndBackslash() {
        Cli.Result r = Cli.piped("a\tb\\c\rd ü\n", "check", "--format", "tsv", "-q", "-");
        assertThat(r.lines().get(1)).isEqualTo("a\\tb\\\\c\\rd ü\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void batchModeReadsStdinWhenNoFileIsGiven() {
        Cli.Result r = Cli.piped(IIN + "\n", "check", "--format", "tsv");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly(HEADER, IIN + "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t");
    }

    @Test
    void allValidExitsZero() {
        Cli.Result r = Cli.piped(IIN + "\n" + BIN + "\n", "check", "--format", "tsv", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3);
    }

    @Test
    void jsonLines() {
        Cli.Result r = Cli.piped(IIN + "\n" + BIN + "\n\"x\\\u0001\n", "check", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).containsExactly(
                "{\"input\":\"" + IIN + "\",\"kind\":\"IIN\",\"valid\":true,\"reason\":null,\"birth_date\":\"1990-01-01\","
                        + "\"sex\":\"M\",\"registered\":null,\"type\":null,\"division\":null}",
                "{\"input\":\"" + BIN + "\",\"kind\":\"BIN\",\"valid\":true,\"reason\":null,\"birth_date\":null,"
                        + "\"sex\":null,\"registered\":\"2007-09\",\"type\":\"RESIDENT\",\"division\":\"BRANCH\"}",
                "{\"input\":\"\\\"x\\\\\\u0001\",\"kind\":\"UNKNOWN\",\"valid\":false,\"reason\":\"WRONG_LENGTH\","
                        + "\"birth_date\":null,\"sex\":null,\"registered\":null,\"type\":null,\"division\":null}");
    }

    @Test
    void textFormatIsTheDefaultForStdin() {
        Cli.Result r = Cli.piped(IIN + "\nab\u0007c\n", "check", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).containsExactly(
                IIN + "  IIN      valid    birth date 1990-01-01, sex M (as encoded; a person's real data come from their documents)",
                "ab\\x07c       UNKNOWN  invalid  not 12 characters long (WRONG_LENGTH)");
    }

    @Test
    void compactStripsSpacesAndHyphensButEchoesTheLine() {
        Cli.Result r = Cli.piped("900101-300 007\n900101\u00a0300\u2011007\n", "check", "--format", "tsv", "--compact", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.lines().get(1)).isEqualTo("900101-300 007\tIIN\ttrue\t\t1990-01-01\tM\t\t\t");
        assertThat(r.lines().get(2)).isEqualTo("900101\u00a0300\u2011007\tIIN\ttrue\t\t1990-01-01\tM\t\t\t");
    }

    @Test
    void filesAndStdinTogetherWithOneHeader(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), IIN + "\n");
        Path b = Files.writeString(dir.resolve("b.txt"), BIN);
        Cli.Result r = Cli.piped("12\n", "check", "--format", "tsv", a.toString(), "-", b.toString());
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).isEqualTo(HEADER);
        assertThat(r.lines().get(1)).startsWith(IIN);
        assertThat(r.lines().get(2)).startsWith("12\t");
        assertThat(r.lines().get(3)).startsWith(BIN);
        assertThat(r.stderr()).contains("3 lines checked");
    }

    @Test
    void emptyInputSaysSoAndExitsZero() {
        Cli.Result r = Cli.piped("", "check", "--format", "tsv", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(HEADER + "\n");
        assertThat(r.stderr()).contains("no lines to check (the input is empty)");
    }

    @Test
    void unreadableFilesNameTheFileAndWhy(@TempDir Path dir) throws IOException {
        Cli.Result missing = Cli.run("check", "--format", "tsv", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.stderr()).contains("cannot read '").contains("/nope.txt': No such file or directory");
        assertThat(missing.stdout()).isEmpty();

        Cli.Result directory = Cli.run("check", "--format", "json", dir.toString());
        assertThat(directory.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(directory.stderr()).contains(": Is a directory");

        // A later missing file fails before any output, so nothing is half-written.
        Path good = Files.writeString(dir.resolve("good.txt"), IIN + "\n");
        Cli.Result later = Cli.run("check", "--format", "tsv", good.toString(), dir.resolve("gone.txt").toString());
        assertThat(later.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(later.stdout()).isEmpty();
        for (Cli.Result r : List.of(missing, directory, later)) {
            r.assertNoStackTrace();
        }
    }

    @Test
    void binaryGarbageOnStdinIsJudgedLineByLineAndReported() {
        byte[] garbage = new byte[1 << 20];
        new Random(42).nextBytes(garbage);
        Cli.Result r = Cli.piped(garbage, "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        r.assertNoStackTrace();
        assertThat(r.stderr()).contains("not valid UTF-8 (first: stdin line ");
        long lines = garbage[garbage.length - 1] == '\n' ? 0 : 1;
        for (byte b : garbage) {
            lines += b == '\n' ? 1 : 0;
        }
        assertThat(r.lines()).hasSize((int) lines + 1);
        // The output itself stays valid UTF-8 (U+FFFD in place of bad bytes).
        assertThat(isStrictUtf8(r.stdout())).isTrue();
        assertThat(r.out()).contains("\uFFFD");
    }

    @Test
    void aLineOf100000CharactersIsEchoedAndJudged() {
        String longLine = "9".repeat(100_000);
        Cli.Result r = Cli.piped(longLine + "\n" + IIN + "\n", "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines().get(1)).isEqualTo(longLine + "\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t");
        assertThat(r.lines().get(2)).startsWith(IIN + "\tIIN\ttrue");
    }

    @Test
    void aOneMegabyteLineOfNonAsciiDigits() {
        String line = "\uFF19".repeat(350_000); // ~1 MB of fullwidth nines
        Cli.Result r = Cli.piped(line + "\n", "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines().get(1)).isEqualTo(line + "\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t");
    }

    @Test
    void aLineLongerThanTheLimitStopsWithAClearMessage() {
        byte[] huge = new byte[(17 << 20)];
        java.util.Arrays.fill(huge, (byte) '7');
        byte[] input = new byte[13 + huge.length];
        System.arraycopy((IIN + "\n").getBytes(StandardCharsets.US_ASCII), 0, input, 0, 13);
        System.arraycopy(huge, 0, input, 13, huge.length);
        Cli.Result r = Cli.piped(input, "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        r.assertNoStackTrace();
        assertThat(r.stderr()).contains("stdin: line 2 is longer than 16 MiB");
        assertThat(r.lines()).hasSize(2); // header and the line before
    }

    static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
