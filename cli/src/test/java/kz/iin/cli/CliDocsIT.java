package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md shows the tool's real output: every {@code $ ...} line of its console blocks runs through
 * bash with {@code iin} being the real launcher, in one scratch directory, and what it prints (stdout
 * then stderr, as a terminal shows them) must be the lines that follow it. With
 * {@code -Ddocs.update=true} the page is rewritten with the actual output instead.
 */
class CliDocsIT {
    private static final Path PAGE = Cli.ROOT.resolve("docs/cli.md");
    private static final String FENCE = "```";
    private static final char SEPARATOR = '\u001E';

    /** One command of the page and the lines it is documented to print. */
    private record Example(String command, List<String> expected, int firstOutputLine) {
    }

    @Test
    void everyExampleIsWhatTheToolPrints(@TempDir Path dir) throws IOException {
        List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        List<Example> examples = parse(page);
        assertThat(examples).hasSizeGreaterThan(15);

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("iin"), Cli.ROOT.resolve("iin"));
        Path work = Files.createDirectories(dir.resolve("work"));
        StringBuilder script = new StringBuilder("cd '" + work + "'; export PATH='" + bin + "':$PATH; s=0\n");
        for (Example e : examples) {
            script.append("(exit $s); { ").append(e.command()).append("\n} 2>&1; s=$?; printf '\\n\\036\\n'\n");
        }
        Cli.Result r = Cli.exec(List.of("bash", "-c", script.toString()),
                Map.of("IIN_NO_BUILD", "1", "LC_ALL", "C.UTF-8", "JAVA_OPTS", "-XX:TieredStopAtLevel=1"), new byte[0]);
        String[] outputs = r.out().split("\n" + SEPARATOR + "\n", -1);
        assertThat(outputs.length).as(r.out() + r.stderr()).isGreaterThanOrEqualTo(examples.size());

        boolean update = Boolean.getBoolean("docs.update");
        List<String> rewritten = new ArrayList<>(page);
        List<String> mismatches = new ArrayList<>();
        for (int i = examples.size() - 1; i >= 0; i--) {
            Example e = examples.get(i);
            String out = outputs[i].endsWith("\n") ? outputs[i].substring(0, outputs[i].length() - 1) : outputs[i];
            List<String> actual = out.isEmpty() ? List.of() : List.of(out.split("\n", -1));
            if (!actual.equals(e.expected())) {
                mismatches.add("$ " + e.command() + "\n  documented: " + e.expected() + "\n  actual:     " + actual);
                for (int k = 0; k < e.expected().size(); k++) {
                    rewritten.remove(e.firstOutputLine());
                }
                rewritten.addAll(e.firstOutputLine(), actual);
            }
        }
        if (update) {
            Files.write(PAGE, rewritten, StandardCharsets.UTF_8);
            System.err.println("docs/cli.md rewritten: " + mismatches.size() + " examples changed");
            return;
        }
        assertThat(mismatches).as("docs/cli.md differs from the tool; rerun with -Ddocs.update=true after a deliberate"
                + " change").isEmpty();
    }

    private static List<Example> parse(List<String> page) {
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        List<String> expected = null;
        int first = 0;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            if (!inConsole && line.equals(FENCE + "console")) {
                inConsole = true;
                continue;
            }
            if (!inConsole) {
                continue;
            }
            if (line.equals(FENCE) || line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command, expected, first));
                }
                command = null;
                if (line.equals(FENCE)) {
                    inConsole = false;
                } else {
                    command = line.substring(2);
                    expected = new ArrayList<>();
                    first = i + 1;
                }
                continue;
            }
            expected.add(line);
        }
        return examples;
    }
}
