package kz.iin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --summary-json FILE}: opened before the run (so a bad path fails first), written at its end. */
final class SummaryFile {
    private final Path path;
    private final OutputStream out;

    private SummaryFile(Path path, OutputStream out) {
        this.path = path;
        this.out = out;
    }

    static SummaryFile open(Path path) {
        if (path == null) {
            return new SummaryFile(null, null);
        }
        try {
            return new SummaryFile(path, Files.newOutputStream(path));
        } catch (IOException e) {
            throw new CliException("cannot write the summary to " + kz.iin.cli.input.TextInput.name(path.toString()) + ": "
                    + Failures.describe(e));
        }
    }

    void write(String json) {
        if (out == null) {
            return;
        }
        try (out) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("cannot write the summary to " + kz.iin.cli.input.TextInput.name(path.toString()) + ": "
                    + Failures.describe(e));
        }
    }
}
