package kz.iin.cli.batch;

import java.io.IOException;

/** One output format of batch mode: a header, one row per input line, an ending. */
public interface RowWriter {
    void begin() throws IOException;

    /** Writes the row for the reader's current line, judged as {@code verdict}. */
    void row(LineReader line, Verdict verdict) throws IOException;

    void end() throws IOException;
}
