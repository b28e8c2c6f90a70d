package kz.iin.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import kz.iin.CheckColumn;

/**
 * Buffered UTF-8 output for rows: characters are encoded as they are appended, so a row costs no String and
 * no encoder call. A lone surrogate is written as U+FFFD.
 */
final class Out implements Flushable {
    private static final CheckColumn[] COLUMNS = CheckColumn.values();
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    Out(OutputStream out) {
        this.out = out;
    }

    /** An ASCII character, or any other as a String would be written. */
    Out append(char c) throws IOException {
        if (c < 0x80 && n < buf.length) {
            buf[n++] = (byte) c;
            return this;
        }
        return append(String.valueOf(c));
    }

    Out append(CharSequence s) throws IOException {
        return append(s, 0, s.length());
    }

    Out append(CharSequence s, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            i = appendAt(s, i, to);
        }
        return this;
    }

    /**
     * Writes the character at {@code s[i]}, with the next one when they are a surrogate pair (before {@code to});
     * returns the index of the last one written. Small for ASCII, so that it is inlined where rows are written.
     */
    int appendAt(CharSequence s, int i, int to) throws IOException {
        char c = s.charAt(i);
        if (c < 0x80 && n < buf.length) {
            buf[n++] = (byte) c;
            return i;
        }
        return encode(s, i, to);
    }

    private int encode(CharSequence s, int i, int to) throws IOException {
        if (n + 4 > buf.length) {
            drain();
        }
        char c = s.charAt(i);
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            buf[n++] = (byte) (0xF0 | cp >> 18);
            buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            char d = Character.isSurrogate(c) ? '\uFFFD' : c;
            buf[n++] = (byte) (0xE0 | d >> 12);
            buf[n++] = (byte) (0x80 | d >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | d & 0x3F);
        }
        return i;
    }

    /** A short text known to be ASCII (a column's value or name): one byte per character. */
    Out appendAscii(String ascii) throws IOException {
        int length = ascii.length();
        if (n + length > buf.length) {
            drain();
        }
        for (int i = 0; i < length; i++) {
            buf[n++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /**
     * A column's value for {@code r}'s last input, between two {@code quote}s unless it is 0; nothing where the
     * column does not apply. Returns the bytes written, or -1.
     */
    int value(CheckColumn column, Checker r, char quote) throws IOException {
        if (n + CheckColumn.MAX_LENGTH + 2 > buf.length) {
            drain();
        }
        int q = quote == 0 ? 0 : 1;
        int end = r.columns.write(column, buf, n + q);
        if (end < 0) {
            return -1;
        }
        if (q == 1) {
            buf[n] = (byte) quote;
            buf[end++] = (byte) quote;
        }
        int written = end - n;
        n = end;
        return written;
    }

    /** Every column's value for {@code r}'s last input, each after {@code separator} (TSV, CSV). */
    Out columns(Checker r, char separator) throws IOException {
        if (n + COLUMNS.length * (CheckColumn.MAX_LENGTH + 1) > buf.length) {
            drain();
        }
        for (CheckColumn c : COLUMNS) {
            buf[n++] = (byte) separator;
            n = Math.max(n, r.columns.write(c, buf, n));
        }
        return this;
    }

    Out append(long number) throws IOException {
        return appendAscii(Long.toString(number));
    }

    /** Ends a row (the line end is ASCII). */
    void endRow(String lineEnd) throws IOException {
        appendAscii(lineEnd);
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
