package kz.iin.cli.rows;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffered UTF-8 output for rows: characters are encoded as they are written (ASCII copied byte for
 * byte), so a row costs no String and no encoder call. A lone surrogate is written as U+FFFD.
 */
public final class Out implements java.io.Flushable {
    private static final int SIZE = 1 << 18;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int n;

    public Out(OutputStream out) {
        this.out = out;
    }

    public Out write(char c) throws IOException {
        if (n + 4 > SIZE) {
            flushBuffer();
        }
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

    /** {@code s[from, to)}; surrogate pairs become one four-byte sequence. */
    public Out write(CharSequence s, int from, int to) throws IOException {
        if (n + 3 * (to - from) > SIZE) {
            flushBuffer();
        }
        if (3 * (to - from) > SIZE) {
            for (int i = from; i < to; i += SIZE / 3) {
                write(s.subSequence(i, Math.min(to, i + SIZE / 3)));
            }
            return this;
        }
        byte[] b = buf;
        int p = n;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                char u = Character.isSurrogate(c) ? '\uFFFD' : c;
                b[p++] = (byte) (0xE0 | u >> 12);
                b[p++] = (byte) (0x80 | u >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | u & 0x3F);
            }
        }
        n = p;
        return this;
    }

    public Out write(CharSequence s) throws IOException {
        return write(s, 0, s.length());
    }

    /** ASCII bytes as they are. */
    public Out write(byte[] ascii) throws IOException {
        if (n + ascii.length > SIZE) {
            flushBuffer();
        }
        System.arraycopy(ascii, 0, buf, n, ascii.length);
        n += ascii.length;
        return this;
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0. */
    public Out date(int year, int month, int day) throws IOException {
        if (n + 10 > SIZE) {
            flushBuffer();
        }
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
        flushBuffer();
        out.flush();
    }
}
