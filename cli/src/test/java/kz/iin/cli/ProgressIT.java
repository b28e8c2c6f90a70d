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

/** The progress bar on a real terminal (a pseudo-terminal made by script(1)), through ./iin. */
class ProgressIT {
    static final String IIN = CheckArgumentsTest.IIN;

    @TempDir
    static Path dir;

    @BeforeAll
    static void aFileThatTakesAWhile() throws IOException {
        Files.writeString(dir.resolve("ids.txt"), (IIN + "\n").repeat(300_000));
        Files.writeString(dir.resolve("a-rather-long-file-name-that-would-wrap-a-narrow-terminal.txt"), (IIN + "\n").repeat(150_000));
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
        assertThat(afterLastBar).contains("\r\033[K").contains("iin: 450,000 lines checked");
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

    /** Deterministic: the interrupt comes only once a bar is on screen, however slow or fast the machine. */
    @Test
    void ctrlCLeavesNoBarBehind() {
        // set -m: without job control a background job ignores SIGINT, and so would the JVM. env
        // --default-signal: a build started with SIGINT ignored (a background job of a script) hands that down, and a
        // signal ignored on entry stays ignored in every shell below it; the JVM would then never see the interrupt.
        Cli.Result r = Cli.shell(dir, "set -m; " + REDRAW_ALWAYS + "yes " + IIN + " | env --default-signal=INT $IIN check"
                + " --format tsv --progress - 2>err >/dev/null &"
                + " pid=$!; for i in $(seq 600); do grep -q 'lines/s' err 2>/dev/null && break; sleep 0.1; done;"
                + " kill -INT $pid; wait $pid; cat err");
        String t = r.out();
        assertThat(t).as("a bar was drawn before the interrupt").contains("lines/s");
        assertThat(t.substring(t.lastIndexOf("lines/s"))).contains("\r\033[K");
    }
}
