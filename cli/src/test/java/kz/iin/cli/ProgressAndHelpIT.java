package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, defects 10 and 11: the progress bar on a real terminal, help text and grammar, through ./iin. */
class ProgressAndHelpIT {
    static final String IIN = CheckArgumentsIT.IIN;

    @TempDir
    static Path dir;

    @BeforeAll
    static void aFileThatTakesAWhile() throws IOException {
        Files.writeString(dir.resolve("ids.txt"), (IIN + "\n").repeat(3_000_000));
        Files.writeString(dir.resolve("a-rather-long-file-name-that-would-wrap-a-narrow-terminal.txt"), (IIN + "\n").repeat(1_500_000));
    }

    /**
     * Every redraw is due at once, so that a bar is drawn however fast the machine checks the file (a
     * quiet machine finished these files within the default interval, and no bar was drawn).
     */
    private static final String REDRAW_ALWAYS = "JAVA_OPTS=-Diin.progress.redraw-ms=0 ";

    /** Runs a script on a pseudo-terminal (script(1)); the transcript is what the terminal received. */
    private static String onTerminal(String script) {
        Cli.Result r = Cli.shell(dir, REDRAW_ALWAYS + "script -q -e -c " + quote(script) + " /dev/null");
        return r.out();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The bar's redraws: each starts with CR and is erased with ESC[K. */
    private static List<String> bars(String transcript) {
        return Arrays.stream(transcript.split("\r")).filter(s -> s.contains("lines/s")).toList();
    }

    @Test
    void oneBarAcrossFilesFitsTheTerminalWithRateEtaAndSeparatorsAndIsErased() {
        String t = onTerminal("COLUMNS=60 $IIN check --format tsv ids.txt"
                + " a-rather-long-file-name-that-would-wrap-a-narrow-terminal.txt > /dev/null");
        List<String> bars = bars(t);
        assertThat(bars).as(t).isNotEmpty();
        for (String bar : bars) {
            String visible = bar.replace("\033[K", "");
            assertThat(visible.length()).as(visible).isLessThan(60);
            // Counts are grouped by thousands (a first bar may still say 0 lines).
            assertThat(visible).containsPattern("\\s\\d{1,3}(,\\d{3})* lines\\s").contains("%");
        }
        assertThat(bars).anySatisfy(bar -> assertThat(bar).containsPattern("\\d{1,3}(,\\d{3})+ lines"));
        assertThat(bars.get(bars.size() - 1)).as("the file name, shortened to fit").containsAnyOf("ids.txt", "\u2026");
        // Percent is of both files together: it never goes back to a small number at the second file.
        int last = -1;
        for (String bar : bars) {
            int p = Integer.parseInt(bar.replaceAll(".*?(\\d+)%.*", "$1").trim());
            assertThat(p).isGreaterThanOrEqualTo(last);
            last = p;
        }
        String afterLastBar = t.substring(t.lastIndexOf("lines/s"));
        assertThat(afterLastBar).contains("\r\033[K").contains("iin: 4,500,000 lines checked");
    }

    @Test
    void stdinFromAFileHasABarAndQuietOrNoProgressHasNone() {
        assertThat(bars(onTerminal("$IIN check --format tsv - < ids.txt > /dev/null"))).isNotEmpty();
        assertThat(bars(onTerminal("$IIN check --format tsv -q ids.txt > /dev/null"))).isEmpty();
        assertThat(bars(onTerminal("$IIN check --format tsv --no-progress ids.txt > /dev/null"))).isEmpty();
        // --progress forces it where stderr is not a terminal.
        Cli.Result forced = Cli.shell(dir, REDRAW_ALWAYS + "$IIN check --format tsv --progress ids.txt > /dev/null");
        assertThat(bars(forced.stderr())).isNotEmpty();
    }

    @Test
    void ctrlCLeavesNoBarBehind() {
        String t = onTerminal("timeout -s INT 2 $IIN check --format tsv - < /dev/zero > /dev/null; exit 0");
        if (!t.contains("lines/s")) {
            System.err.println("NOTE: no bar was drawn before the interrupt; nothing to erase");
            return;
        }
        assertThat(t.substring(t.lastIndexOf("lines/s"))).contains("\r\033[K");
    }

    @Test
    void helpTextFitsEightyColumnsAndListsTheSameExitCodes() {
        for (String command : List.of("", "check", "generate", "decide", "demo")) {
            Cli.Result r = Cli.shell(dir, "$IIN " + command + " --help");
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
                assertThat(r.out()).contains("  0    decided").contains("  3    internal error")
                        .contains("  141  the output was closed early");
            } else if (!command.equals("demo")) {
                assertThat(r.out()).as(command).contains("  0    success").contains("  2    usage error")
                        .contains("  3    internal error").contains("  141  the output was closed early");
            }
        }
        assertThat(Cli.shell(dir, "$IIN check --help").out()).contains("  1    check: at least one identifier invalid");
        assertThat(Cli.shell(dir, "$IIN generate --help").out()).contains("  iin generate --bin --registered 2007-09");
    }

    @Test
    void oneIsSingularAndAHeaderOnlyCsvSaysSo() throws IOException {
        Files.writeString(dir.resolve("one.txt"), IIN + "\n");
        Files.writeString(dir.resolve("header.csv"), "iin,name\n");
        assertThat(Cli.shell(dir, "$IIN check --format tsv one.txt").stderr()).contains("iin: 1 line checked: 1 valid, 0 invalid");
        assertThat(Cli.shell(dir, "$IIN check --column 1 one.txt").stderr()).contains("iin: 1 record checked: 1 valid");
        Cli.Result header = Cli.shell(dir, "$IIN check --column iin header.csv");
        assertThat(header.exit()).isZero();
        assertThat(header.stderr()).contains("no records to check (the input has only a header)");
    }
}
