package kz.iin.cli.rows;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Buffered UTF-8 output for rows: characters are encoded as they are written (ASCII copied byte for
 * byte), so a row costs no String and no encoder call. A lone surrogate is written as U+FFFD.
 */
public final class Out implements java.io.Flushable {
    private final OutputStream out;
    private byte[] buf;
    private int n;

    /** Output to {@code out}, through a buffer. */
    public Out(OutputStream out) {
        this.out = out;
        this.buf = new byte[1 << 18];
    }

    /** Output kept in memory ({@link #writeTo}), for a block of rows written on another thread. */
    public Out(int initialSize) {
        this.out = null;
        this.buf = new byte[initialSize];
    }

    /** Makes room for {@code needed} bytes: flushes to the stream, or grows the memory. */
    private void room(int needed) throws IOException {
        if (n + needed > buf.length) {
            if (out != null) {
                flushBuffer();
            } else {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + needed));
            }
        }
    }

    /** Writes what an in-memory Out holds, and empties it for reuse. */
    public void writeTo(OutputStream to) throws IOException {
        to.write(buf, 0, n);
        n = 0;
    }

    public Out write(char c) throws IOException {
        room(4);
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        } else {
            if (Character.isSurrogate(c)) {
                c = '\uFFFD';
            }
            buf[n++] = (byte) (0xE0 | c >> 12);
            buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        }
        return this;
    }

    /** {@code s[from, to)}; surrogate pairs become one four-byte sequence. Small, to be inlined where rows are written. */
    public Out write(CharSequence s, int from, int to) throws IOException {
        room(to - from);
        byte[] b = buf;
        int p = n;
        int i = from;
        for (char c; i < to && (c = s.charAt(i)) < 0x80 && p < b.length; i++) {
            b[p++] = (byte) c;
        }
        n = p;
        return i < to ? notAscii(s, i, to) : this;
    }

    private Out notAscii(CharSequence s, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                room(4);
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                write(c);
            }
        }
        return this;
    }

    public Out write(CharSequence s) throws IOException {
        return write(s, 0, s.length());
    }

    /** ASCII bytes as they are. */
    public Out write(byte[] ascii) throws IOException {
        room(ascii.length);
        byte[] b = buf;
        int p = n;
        for (byte a : ascii) { // a few bytes: a loop beats System.arraycopy's call
            b[p++] = a;
        }
        n = p;
        return this;
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0. */
    public Out date(int year, int month, int day) throws IOException {
        room(10);
        byte[] b = buf;
        int p = n;
        b[p] = (byte) ('0' + year / 1000);
        b[p + 1] = (byte) ('0' + year / 100 % 10);
        b[p + 2] = (byte) ('0' + year / 10 % 10);
        b[p + 3] = (byte) ('0' + year % 10);
        b[p + 4] = '-';
        b[p + 5] = (byte) ('0' + month / 10);
        b[p + 6] = (byte) ('0' + month % 10);
        n = p + 7;
        if (day > 0) {
            b[p + 7] = '-';
            b[p + 8] = (byte) ('0' + day / 10);
            b[p + 9] = (byte) ('0' + day % 10);
            n = p + 10;
        }
        return this;
    }

    /** {@code value} (non-negative) in decimal. */
    public Out number(long value) throws IOException {
        return write(Long.toString(value));
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            flushBuffer();
            out.flush();
        }
    }
}
