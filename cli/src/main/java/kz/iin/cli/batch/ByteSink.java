package kz.iin.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large output buffer writing UTF-8 straight from bytes and chars: no String.format, no per-line
 * Strings. Either flushes to a stream, or (for a block checked on a worker thread) grows and keeps
 * everything until the writer thread takes {@link #bytes()}.
 */
public final class ByteSink {
    private final OutputStream out;
    private byte[] buf;
    private int n;

    public ByteSink(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[size];
    }

    /** A sink that keeps all it is given in {@code initial}, grown as needed. */
    public ByteSink(byte[] initial) {
        this.out = null;
        this.buf = initial;
    }

    private void room(int needed) throws IOException {
        if (buf.length - n < needed) {
            flushBuffer();
            if (out == null && buf.length - n < needed) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + needed));
            }
        }
    }

    private void flushBuffer() throws IOException {
        if (out != null) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /** The kept bytes, {@code [0, length())} (a keeping sink only). */
    public byte[] bytes() {
        return buf;
    }

    public int length() {
        return n;
    }

    /**
     * For writers that fill the buffer directly: makes room for {@code needed} bytes and returns the
     * buffer; write from {@link #position()} and then call {@link #position(int)}.
     */
    byte[] reserve(int needed) throws IOException {
        if (out != null && needed > buf.length) {
            throw new IllegalArgumentException("row larger than the output buffer");
        }
        room(needed);
        return buf;
    }

    int position() {
        return n;
    }

    void position(int position) {
        n = position;
    }

    public void flush() throws IOException {
        flushBuffer();
        if (out != null) {
            out.flush();
        }
    }

    public void write(byte b) throws IOException {
        room(1);
        buf[n++] = b;
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            flushBuffer();
            if (out == null) {
                room(len);
            } else if (len > buf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    /** {@code value} in decimal, zero-padded to {@code width} digits (value must be non-negative). */
    public void digits(int value, int width) throws IOException {
        room(Math.max(width, 10));
        String s = null;
        int len = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : 0;
        if (len == 0) {
            s = Integer.toString(value);
            len = s.length();
        }
        for (int i = len; i < width; i++) {
            buf[n++] = '0';
        }
        if (s != null) {
            for (int i = 0; i < len; i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        } else {
            for (int i = len - 1; i >= 0; i--) {
                buf[n + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            n += len;
        }
    }

    /** {@code value} in decimal (non-negative). */
    public void decimal(long value) throws IOException {
        write(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
    }

    /** One UTF-16 unit or pair as UTF-8; lone surrogates become U+FFFD. Returns how many chars it consumed. */
    int utf8(CharSequence s, int i) throws IOException {
        room(4);
        char c = s.charAt(i);
        if (c < 0x80) {
            buf[n++] = (byte) c;
            return 1;
        }
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            buf[n++] = (byte) (0xF0 | (cp >> 18));
            buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (cp & 0x3F));
            return 2;
        }
        if (Character.isSurrogate(c)) {
            c = '\uFFFD';
        }
        buf[n++] = (byte) (0xE0 | (c >> 12));
        buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
        return 1;
    }

    /** All of {@code s} as UTF-8. */
    public void utf8(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); ) {
            i += utf8(s, i);
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
