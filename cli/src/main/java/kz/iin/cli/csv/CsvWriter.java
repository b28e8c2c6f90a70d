package kz.iin.cli.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.iin.cli.batch.ByteSink;

/**
 * Writes RFC 4180 records (CRLF line ends) as commons-csv's minimal quoting does, so a file read and
 * written back keeps its shape: a field is quoted when it holds the delimiter, a quote or a line
 * break, starts with a character up to '#' (space, '!', '"'), ends with a space or control, or is an
 * empty first field (else an empty record would vanish).
 */
public final class CsvWriter {
    private static final byte[] CRLF = {'\r', '\n'};

    private final ByteSink out;
    private final byte delimiter;
    private boolean first = true;

    public CsvWriter(ByteSink out, char delimiter) {
        this.out = out;
        this.delimiter = (byte) delimiter;
    }

    public void field(byte[] b, int from, int to) throws IOException {
        if (!first) {
            out.write(delimiter);
        }
        boolean quote = needsQuotes(b, from, to);
        first = false;
        if (!quote) {
            out.write(b, from, to - from);
            return;
        }
        out.write((byte) '"');
        int plain = from;
        for (int i = from; i < to; i++) {
            if (b[i] == '"') {
                out.write(b, plain, i + 1 - plain);
                out.write((byte) '"');
                plain = i + 1;
            }
        }
        out.write(b, plain, to - plain);
        out.write((byte) '"');
    }

    public void field(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        field(b, 0, b.length);
    }

    public void endRecord() throws IOException {
        out.write(CRLF);
        first = true;
    }

    private boolean needsQuotes(byte[] b, int from, int to) {
        if (from == to) {
            return first;
        }
        if ((b[from] & 0xFF) <= '#') {
            return true;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r' || c == '"' || c == delimiter) {
                return true;
            }
        }
        return (b[to - 1] & 0xFF) <= ' ';
    }
}
