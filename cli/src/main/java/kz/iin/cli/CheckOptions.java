package kz.iin.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import kz.iin.cli.batch.RowOptions;

/**
 * How batch and CSV checks run, as the command line asked.
 *
 * @param encoding the inputs' encoding, or null: UTF-8 (a UTF-16 byte order mark is honoured)
 * @param summaryJson where to write the summary as JSON, or null
 */
record CheckOptions(boolean lenient, boolean compact, boolean quiet, boolean progress, boolean onlyInvalid,
                    RowOptions rows, Charset encoding, Path summaryJson) {
}
