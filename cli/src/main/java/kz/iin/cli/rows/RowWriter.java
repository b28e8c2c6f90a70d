package kz.iin.cli.rows;

import java.io.IOException;

/** One output format of a line-by-line check: a header, then one row per input. */
public interface RowWriter {
    default void header() throws IOException {
    }

    /** The row for {@code input} checked as {@code r}; {@code file} and {@code line} only with locations. */
    void row(CharSequence input, CheckResult r, String file, long line) throws IOException;
}
