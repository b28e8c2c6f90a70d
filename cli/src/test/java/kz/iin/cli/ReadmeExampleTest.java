package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's command-line example is the tool's real output: every {@code $ ./iin ...} line in its
 * fenced blocks is run, and what follows it (up to the next {@code $}) must be exactly what the tool
 * prints; a following {@code $ echo $?} line gives the exit status.
 */
class ReadmeExampleTest {
    private static final String PROMPT = "$ ./iin ";

    @Test
    void theReadmeShowsWhatTheToolPrints() throws IOException {
        List<String> readme = Files.readAllLines(Cli.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int commands = 0;
        boolean inFence = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (!inFence || !line.startsWith(PROMPT)) {
                continue;
            }
            String[] args = line.substring(PROMPT.length()).trim().split(" +");
            List<String> shown = new ArrayList<>();
            int j = i + 1;
            for (; j < readme.size() && !readme.get(j).startsWith("$ ") && !readme.get(j).startsWith("```"); j++) {
                shown.add(readme.get(j));
            }
            Cli.Result result = Cli.run(args).assertNoStackTrace();
            assertThat(result.lines()).as("README.md line %d: %s", i + 1, line).isEqualTo(shown);
            if (j + 1 < readme.size() && readme.get(j).equals("$ echo $?")) {
                assertThat(result.exit()).as("exit status shown at README.md line %d", j + 2)
                        .isEqualTo(Integer.parseInt(readme.get(j + 1).trim()));
            }
            commands++;
        }
        assertThat(commands).as("commands shown in README.md").isPositive();
    }
}
