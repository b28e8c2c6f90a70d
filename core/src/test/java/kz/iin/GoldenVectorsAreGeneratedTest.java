package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed golden vectors are exactly what the independent reference (tools/golden-vectors) writes. */
class GoldenVectorsAreGeneratedTest {
    static final Path GENERATOR = Paths.get("..", "tools", "golden-vectors", "generate.py");
    static final Path COMMITTED = Paths.get("src", "test", "resources", "golden");

    @Test
    void theCommittedFilesEqualTheGeneratorsOutput(@TempDir Path out) throws IOException, InterruptedException {
        boolean python = hasPython3();
        if (!python) {
            System.out.println("SKIPPED: GoldenVectorsAreGeneratedTest: python3 is not installed, so the golden"
                    + " vectors cannot be compared with " + GENERATOR);
        }
        assumeTrue(python, "python3 is not installed");
        Process run = new ProcessBuilder("python3", GENERATOR.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        for (String file : new String[] {"iin.tsv", "bin.tsv"}) {
            assertThat(Files.readString(COMMITTED.resolve(file), StandardCharsets.UTF_8))
                    .as(file + " differs from the output of " + GENERATOR + "; run it to refresh")
                    .isEqualTo(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
        }
    }

    private static boolean hasPython3() throws InterruptedException {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
