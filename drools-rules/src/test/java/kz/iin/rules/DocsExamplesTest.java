package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.iin.rules.json.CaseJson;

/**
 * The explanations shown in docs/rules.md are what the rules say: each block after a
 * {@code <!-- checked example: decide --explain -->} marker is a case (json) and its explanation (text), the
 * same text {@code iin decide --explain} prints.
 */
class DocsExamplesTest {
    private static final Path DOC = Path.of("../docs/rules.md");
    private static final String MARKER = "<!-- checked example: decide --explain -->";

    @Test
    void everyExplanationInTheRulesPageIsTheRulesOwn() throws Exception {
        List<String> lines = Files.readAllLines(DOC);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(MARKER)) {
                continue;
            }
            int json = next(lines, i, "```json");
            String caseJson = block(lines, json);
            int text = next(lines, json + 1, "```text");
            String shown = block(lines, text);

            String decided = Explanation.toText(EligibilityService.shared().decide(CaseJson.read(caseJson)));

            assertThat(shown).as("docs/rules.md line " + (text + 1)).isEqualTo(decided);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    private static int next(List<String> lines, int from, String fence) throws IOException {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(fence)) {
                return i;
            }
        }
        throw new IOException("no " + fence + " block after line " + from);
    }

    private static String block(List<String> lines, int fence) {
        List<String> body = new ArrayList<>();
        for (int i = fence + 1; !lines.get(i).equals("```"); i++) {
            body.add(lines.get(i));
        }
        return String.join("\n", body) + "\n";
    }
}
