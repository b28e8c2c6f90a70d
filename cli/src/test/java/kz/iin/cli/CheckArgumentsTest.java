package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckArgumentsTest {
    static final String IIN = "900101300007";   // golden: valid, 1990-01-01, M
    static final String BIN = "070941000021";   // generated: 2007-09, RESIDENT, BRANCH
    static final String BAD_CHECK = "900101300008";

    @Test
    void validIinIsDecodedAndExitsZero() {
        Cli.Result r = Cli.run("check", IIN);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(IIN + "  IIN      valid    birth date 1990-01-01, sex M (as encoded");
    }

    @Test
    void validBinIsDecoded() {
        Cli.Result r = Cli.run("check", BIN);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(BIN + "  BIN      valid    registered 2007-09, RESIDENT, BRANCH\n");
    }

    @Test
    void anyInvalidArgumentExitsOneAndSaysWhyInPlainWords() {
        Cli.Result r = Cli.run("check", IIN, BAD_CHECK, "12345");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(1)).isEqualTo(
                BAD_CHECK + "  IIN      invalid  check digit (12th digit) does not match (CHECK_DIGIT_MISMATCH)");
        assertThat(r.lines().get(2)).isEqualTo("12345         UNKNOWN  invalid  not 12 characters long (WRONG_LENGTH)");
    }

    @Test
    void argumentsAreJudgedExactlyUnlessCompact() {
        String spaced = "900101 300 007";
        assertThat(Cli.run("check", spaced).exit()).isEqualTo(ExitCode.INVALID);
        Cli.Result r = Cli.run("check", "--compact", spaced);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid    birth date 1990-01-01");
    }

    @Test
    void lenientAcceptsAMatchingCheckDigitWithoutDecoding() {
        String badDateGoodCheck = Golden.iinRows().stream()
                .filter(g -> g.reason().equals("INVALID_BIRTH_DATE") && g.lenientReason().isEmpty())
                .map(Golden.Row::input).findFirst().orElseThrow();
        assertThat(Cli.run("check", badDateGoodCheck).exit()).isEqualTo(ExitCode.INVALID);
        Cli.Result r = Cli.run("check", "--lenient", badDateGoodCheck);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("check digit matches (lenient: not strictly valid, nothing decoded)");
    }

    @Test
    void aFileGivenWithoutFormatIsJudgedAsAnIdentifierWithAHint(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("ids.txt"), IIN + "\n");
        Cli.Result r = Cli.run("check", list.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.stderr()).contains("is a file; to check its lines use 'iin check --format text FILE'");
    }

    @Test
    void usageErrorsExitTwoWithAPointerToHelp() {
        Cli.Result none = Cli.run("check", "--lenient", "--mask"); // stdin not a terminal: reads it (empty here)
        assertThat(none.exit()).isEqualTo(ExitCode.OK);
        assertThat(none.stderr()).contains("no lines to check");

        Cli.Result unknown = Cli.run("check", "--frobnicate", IIN);
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.stderr()).contains("Unknown option: '--frobnicate'");

        Cli.Result badFormat = Cli.run("check", "--format", "xml", "-");
        assertThat(badFormat.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.stderr()).contains("tsv, json, text");

        Cli.Result noCommand = Cli.run();
        assertThat(noCommand.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.stderr()).contains("Usage: iin");

        Cli.Result unknownCommand = Cli.run("chekc", IIN);
        assertThat(unknownCommand.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownCommand.stderr()).contains("check");
        for (Cli.Result r : new Cli.Result[] {none, unknown, badFormat, noCommand, unknownCommand}) {
            r.assertNoStackTrace();
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void helpAndVersionEverywhere() {
        for (String command : new String[] {"check", "generate", "decide", "demo"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: iin " + command);
        }
        Cli.Result top = Cli.run("--help");
        assertThat(top.out()).contains("check", "generate", "decide", "demo", "Exit status");
        Cli.Result version = Cli.run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("iin 0.3.0");
    }

    @Test
    void atSignArgumentsAreDataNotArgumentFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("args"), IIN);
        Cli.Result r = Cli.run("check", "@" + file);
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.out()).contains("not 12 characters long");
    }
}
