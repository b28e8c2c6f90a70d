package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help text and exit-code lists, and the summary's grammar. */
class HelpTest {
    static final String IIN = CheckArgumentsTest.IIN;

    @TempDir
    Path dir;

    @Test
    void helpTextFitsEightyColumnsAndListsTheSameExitCodes() {
        for (String command : List.of("", "check", "generate", "decide", "demo")) {
            Cli.Result r = Cli.run((command + " --help").trim().split(" "));
            assertThat(r.exit()).isZero();
            for (String line : r.lines()) {
                assertThat(line.length()).as(command + ": " + line).isLessThanOrEqualTo(80);
            }
            // An exit-status entry too long for its line would wrap to column 0, mid-sentence.
            List<String> lines = r.lines();
            int footer = lines.indexOf("Exit status:");
            if (footer >= 0) {
                assertThat(lines.subList(footer + 1, lines.size())).as(command)
                        .allSatisfy(line -> assertThat(line).startsWith("  "));
            }
            assertThat(r.out()).doesNotContain("decode command").doesNotContain(" decode,");
            if (command.equals("decide")) {
                assertThat(r.out()).containsPattern("\n  0 +decided").containsPattern("\n  3 +internal error")
                        .containsPattern("\n  141 +the output was closed early");
            } else if (!command.equals("demo")) {
                assertThat(r.out()).as(command).containsPattern("\n  0 +success").containsPattern("\n  2 +usage error")
                        .containsPattern("\n  3 +internal error").containsPattern("\n  141 +the output was closed early");
            }
        }
        assertThat(Cli.run("check", "--help").out()).containsPattern("\n  1 +check: at least one identifier invalid");
        assertThat(Cli.run("generate", "--help").out()).contains("  iin generate --bin --registered 2007-09");
    }

    @Test
    void oneIsSingularAndAHeaderOnlyCsvSaysSo() throws IOException {
        Files.writeString(dir.resolve("one.txt"), IIN + "\n");
        Files.writeString(dir.resolve("header.csv"), "iin,name\n");
        assertThat(Cli.run("check", "--format", "tsv", dir.resolve("one.txt").toString()).stderr()).contains("iin: 1 line checked: 1 valid, 0 invalid");
        assertThat(Cli.run("check", "--column", "1", dir.resolve("one.txt").toString()).stderr()).contains("iin: 1 record checked: 1 valid");
        Cli.Result header = Cli.run("check", "--column", "iin", dir.resolve("header.csv").toString());
        assertThat(header.exit()).isZero();
        assertThat(header.stderr()).contains("no records to check (the input has only a header)");
    }
}
