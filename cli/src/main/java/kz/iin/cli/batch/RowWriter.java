package kz.iin.cli.batch;

import java.io.IOException;

/** One output format of batch mode: a header, then one row per input line. */
public interface RowWriter {
    void header() throws IOException;

    /**
     * Writes the row for the reader's current line, checked as {@code result}; {@code file} and
     * {@code line} are written only with {@code --with-location}.
     */
    void row(LineReader input, CheckResult result, String file, long line) throws IOException;
}
