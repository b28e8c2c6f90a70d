package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6's junk corpus through the CLI, and the privacy rule: no error message echoes a whole IIN. */
class JunkAndPrivacyTest {
    static final String IIN = CheckArgumentsTest.IIN;

    @Test
    void unicodeDigitsControlsAndNulAreNonDigitsNotCrashes() {
        String[] junk = {
            "\uFF19\uFF10\uFF10\uFF11\uFF10\uFF11\uFF13\uFF10\uFF10\uFF10\uFF10\uFF17", // fullwidth
            "\u0669\u0660\u0660\u0661\u0660\u0661\u0663\u0660\u0660\u0660\u0660\u0667", // Arabic-Indic
            "90010130000\u0000",                                                     // NUL
            "90010130000\u001B",                                                     // ESC
            "9001013000\uD800\uDC00",                                                // a surrogate pair
        };
        StringBuilder in = new StringBuilder();
        for (String j : junk) {
            in.append(j).append('\n');
        }
        Cli.Result r = Cli.piped(in.toString(), "check", "--format", "tsv", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        r.assertNoStackTrace();
        assertThat(r.lines()).hasSize(junk.length + 1);
        for (int i = 0; i < 4; i++) {
            assertThat(r.lines().get(i + 1)).as(junk[i]).isEqualTo(junk[i] + "\tUNKNOWN\tfalse\tNON_DIGIT\t\t\t\t\t");
        }
        // 10 digits + one supplementary character = 12 UTF-16 units, so core sees the right length and a non-digit.
        assertThat(r.lines().get(5)).endsWith("\tUNKNOWN\tfalse\tNON_DIGIT\t\t\t\t\t");

        Cli.Result args = Cli.run("check", junk[0], junk[1]);
        assertThat(args.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(args.out()).contains("contains a character other than the ASCII digits 0-9 (NON_DIGIT)");
    }

    @Test
    void loneSurrogateBytesAreInvalidUtf8() {
        // CESU-style encoded lone surrogate: not valid UTF-8.
        byte[] in = {'9', '0', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        Cli.Result r = Cli.piped(in, "check", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.stderr()).contains("1 line was not valid UTF-8 (first: stdin line 1)");
        assertThat(BatchTest.isStrictUtf8(r.stdout())).isTrue();
    }

    @Test
    void usageErrorsMaskIdentifiers() {
        Cli.Result unmatched = Cli.run("generate", IIN);
        assertThat(unmatched.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unmatched.stderr()).contains("********0007").doesNotContain(IIN);

        Cli.Result notAFile = Cli.run("check", "--format", "tsv", IIN);
        assertThat(notAFile.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notAFile.stderr()).contains("cannot read '********0007': No such file or directory").doesNotContain(IIN);

        Cli.Result option = Cli.piped("id\n" + IIN + "\n", "check", "--column", IIN, "-");
        assertThat(option.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(option.stderr()).contains("no column named '********0007'").doesNotContain(IIN);

        Cli.Result unknownOption = Cli.run("check", "--" + IIN);
        assertThat(unknownOption.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.stderr()).doesNotContain(IIN);
    }

    @Test
    void fileNamesHoldingAnIinAreMasked(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(IIN + ".csv"), "\"open," + IIN + "\n");
        Cli.Result r = Cli.run("check", "--column", "1", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.stderr()).contains("********0007.csv").doesNotContain(IIN);
    }

    @Test
    void aHugeArgumentGivesAShortMessage() {
        String huge = "7".repeat(100_000); // about the most one argument may hold (Linux: 128 KiB)
        Cli.Result r = Cli.run("generate", huge);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.stderr().length()).isLessThan(2000);
        r.assertNoStackTrace();
        Cli.Result check = Cli.run("check", huge);
        assertThat(check.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(check.out()).contains("(100000 characters)").contains("WRONG_LENGTH");
        assertThat(check.out().length()).isLessThan(500);
    }

    @Test
    void invalidUtf8FileInBatchModeIsReportedPerLine(@TempDir Path dir) throws Exception {
        byte[] bytes = (IIN + "\n\u00ff\n").getBytes(StandardCharsets.ISO_8859_1); // 0xFF alone: never UTF-8
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);
        Cli.Result r = Cli.run("check", "--format", "tsv", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines().get(2)).isEqualTo("\uFFFD\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t");
        assertThat(r.stderr()).contains("1 line was not valid UTF-8 (first: '" + Redact.digits(file.toString()) + "' line 2)");
    }
}
