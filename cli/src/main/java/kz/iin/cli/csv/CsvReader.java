package kz.iin.cli.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads RFC 4180 CSV from UTF-8 bytes, one record at a time, in bounded memory: a record longer than
 * {@link #MAX_RECORD_BYTES} stops the run (a field that size is not a spreadsheet cell; usually a quote
 * that never closes), naming the line where it started. Every error names its line.
 *
 * <p>Fields are unquoted bytes in one buffer; the delimiter, quote and line breaks are ASCII, so UTF-8
 * is parsed as bytes, and each field is checked to be UTF-8 (or the line of its bad bytes is named).
 * Line breaks are LF, CRLF or CR. An empty line is a record with one empty field.
 */
public final class CsvReader {
    /** Longest record accepted, like the longest line of batch mode. */
    public static final int MAX_RECORD_BYTES = 16 << 20;

    private final InputStream in;
    private final byte delimiter;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;

    private byte[] data = new byte[1 << 12];
    private int dataLength;
    private int[] ends = new int[64];
    private int fields;
    private boolean[] ascii = new boolean[64];
    private long line = 1;
    private long recordLine;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public CsvReader(InputStream in, char delimiter) {
        this.in = in;
        this.delimiter = (byte) delimiter;
    }

    /** A problem in the CSV itself, with the line it is on. */
    public static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        CsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     */
    public boolean next() throws IOException {
        dataLength = 0;
        fields = 0;
        if (peek() < 0) {
            return false;
        }
        recordLine = line;
        for (;;) {
            int c = peek();
            boolean isAscii = true;
            if (c == '"') {
                pos++;
                long quoteLine = line;
                for (;;) {
                    c = read();
                    if (c < 0) {
                        throw new CsvException(quoteLine, "the quote that opens a field on line " + quoteLine
                                + " never closes");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            pos++;
                        } else {
                            break;
                        }
                    } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    isAscii &= c < 0x80;
                    append(c, quoteLine, true);
                }
                c = peek();
                if (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    throw new CsvException(line, "line " + line + ": text after the closing quote of a field"
                            + " (inside a quoted field, a quote is written twice)");
                }
            } else {
                while ((c = peek()) >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    pos++;
                    isAscii &= c < 0x80;
                    append(c, recordLine, false);
                }
            }
            endField(isAscii);
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
    }

    private void append(int c, long startLine, boolean quoted) throws CsvException {
        if (dataLength == data.length) {
            if (data.length >= MAX_RECORD_BYTES) {
                throw new CsvException(startLine, quoted
                        ? "the quoted field opened on line " + startLine + " is longer than " + (MAX_RECORD_BYTES >> 20)
                        + " MiB: probably a quote that never closes"
                        : "the record on line " + startLine + " is longer than " + (MAX_RECORD_BYTES >> 20)
                        + " MiB: not a CSV file?");
            }
            data = Arrays.copyOf(data, Math.min(data.length * 2, MAX_RECORD_BYTES));
        }
        data[dataLength++] = (byte) c;
    }

    private void endField(boolean isAscii) throws CsvException {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, fields * 2);
            ascii = Arrays.copyOf(ascii, fields * 2);
        }
        if (!isAscii) {
            int start = fields == 0 ? 0 : ends[fields - 1];
            try {
                utf8.reset().decode(ByteBuffer.wrap(data, start, dataLength - start));
            } catch (CharacterCodingException e) {
                throw new CsvException(recordLine, "line " + recordLine + " is not valid UTF-8");
            }
        }
        ends[fields] = dataLength;
        ascii[fields] = isAscii;
        fields++;
    }

    private int peek() throws IOException {
        if (pos == limit) {
            if (eof) {
                return -1;
            }
            int r = in.read(buf, 0, buf.length);
            if (r <= 0) {
                eof = r < 0;
                return r < 0 ? -1 : peek();
            }
            pos = 0;
            limit = r;
            bytesRead += r;
        }
        return buf[pos] & 0xFF;
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    /** Fields in the current record. */
    public int size() {
        return fields;
    }

    /** The line the current record starts on (1-based). */
    public long recordLine() {
        return recordLine;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** The unquoted bytes of all fields; field {@code i} is {@code [start(i), end(i))}. */
    public byte[] data() {
        return data;
    }

    public int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean isAscii(int i) {
        return ascii[i];
    }

    /** Field {@code i} as text. */
    public String get(int i) {
        return new String(data, start(i), end(i) - start(i), StandardCharsets.UTF_8);
    }
}
