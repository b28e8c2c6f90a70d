package kz.iin.cli;

import java.io.IOException;
import java.util.Arrays;

/**
 * The records of an RFC 4180 CSV {@link TextInput}, one at a time. Line breaks are LF, CRLF or CR; an
 * empty line is a record with one empty field. A record longer than {@link TextInput#MAX} (usually
 * a quote that never closes) stops the run, naming the line where it began; so does every other error.
 */
final class CsvRecords {
    private final TextInput in;
    private final char delimiter;
    private int pos;
    private char[] data = new char[1 << 12];
    private int length;
    private int[] ends = new int[64];
    private int fields;
    private long line = 1;
    private long recordLine;

    CsvRecords(TextInput in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        fields = 0;
        try {
            if (peek() < 0) {
                return false;
            }
            recordLine = line;
            for (;;) {
                int c = peek();
                if (c == '"') {
                    pos++;
                    quoted();
                } else {
                    while ((c = peek()) >= 0 && c != delimiter && c != '\n' && c != '\r') {
                        pos++;
                        append(c, false);
                    }
                }
                endField();
                c = read();
                if (c == delimiter) {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    pos++;
                }
                if (c >= 0) {
                    line++;
                }
                return true;
            }
        } catch (TextInput.NotText e) {
            throw in.notText(line);
        }
    }

    private void quoted() throws IOException {
        long opened = line;
        for (;;) {
            int c = read();
            if (c < 0) {
                throw new CliException(in.name() + ": the quote that opens a field on line " + opened + " never closes");
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                pos++;
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append(c, true);
        }
        int c = peek();
        if (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
            throw new CliException(in.name() + ": line " + line + ": text after the closing quote of a field"
                    + " (inside a quoted field, a quote is written twice)");
        }
    }

    private void append(int c, boolean quoted) {
        if (length == data.length) {
            if (length >= TextInput.MAX) {
                throw new CliException(in.name() + ": " + (quoted
                        ? "the quoted field opened on line " + recordLine + " is longer than 16 MiB: probably a quote"
                        + " that never closes" : "the record on line " + recordLine + " is longer than 16 MiB: not a CSV file?"));
            }
            data = Arrays.copyOf(data, Math.min(2 * length, TextInput.MAX));
        }
        data[length++] = (char) c;
    }

    private void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, 2 * fields);
        }
        ends[fields++] = length;
    }

    private int peek() throws IOException {
        if (pos == in.end) {
            if (!in.fill()) {
                pos = 0;
                return -1;
            }
            pos = 0;
        }
        return in.text[pos];
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    /** Fields in the current record. */
    int size() {
        return fields;
    }

    /** Field {@code i} of the current record. */
    String get(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        return new String(data, from, ends[i] - from);
    }
}
