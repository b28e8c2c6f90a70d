package kz.iin.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import kz.iin.CheckColumn;

/**
 * Buffered UTF-8 output for rows: characters are encoded as they are appended, so a row costs no String and
 * no encoder call. A lone surrogate is written as U+FFFD. Without a stream it keeps everything in memory
 * (a block's rows, see {@link LineBlocks}).
 */
final class Out implements Flushable {
    private final OutputStream out;
    private byte[] buf;
    private int n;

    Out(OutputStream out) {
        this.out = out;
        this.buf = new byte[1 << 16];
    }

    /** Keeps the bytes in memory, from the start of {@code buffer} (grown as needed): {@link #append(Out)} writes them. */
    Out(byte[] buffer) {
        this.out = null;
        this.buf = buffer;
    }

    /** The memory an in-memory Out has used, to reuse. */
    byte[] buffer() {
        return buf;
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
        if (s instanceof Line line && line.ascii && line.length <= 256) { // a line's bytes as they are
            room(line.length);
            System.arraycopy(line.bytes, line.start, buf, n, line.length);
            n += line.length;
            return this;
        }
        return append(s, 0, s.length());
    }

    /** Runs of ASCII are copied in one loop; any other character is encoded on its own. */
    Out append(CharSequence s, int from, int to) throws IOException {
        for (int i = from; i < to; ) {
            room(Math.min(to - i, 64));
            byte[] b = buf;
            int at = n;
            for (int stop = Math.min(to, i + b.length - at); i < stop && s.charAt(i) < 0x80; i++) {
                b[at++] = (byte) s.charAt(i);
            }
            n = at;
            if (i < to && s.charAt(i) >= 0x80) {
                i = encode(s, i, to) + 1;
            }
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
        room(4);
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
        room(length);
        byte[] b = buf;
        int at = n;
        for (int i = 0; i < length; i++) {
            b[at + i] = (byte) ascii.charAt(i);
        }
        n = at + length;
        return this;
    }

    /** A column's value for {@code r}'s last input; nothing where the column does not apply. */
    Out value(CheckColumn column, Checker r) throws IOException {
        room(CheckColumn.MAX_LENGTH);
        n += r.columns.write(column, buf, n);
        return this;
    }

    /** Every column's value for {@code r}'s last input, each after {@code separator} (TSV, CSV). */
    Out columns(Checker r, char separator) throws IOException {
        room(CheckColumn.Row.MAX_LENGTH);
        n = r.columns.write((byte) separator, buf, n);
        return this;
    }

    Out append(long number) throws IOException {
        return appendAscii(Long.toString(number));
    }

    /** The bytes another (stream-less) Out holds, after those buffered here. */
    Out append(Out kept) throws IOException {
        writeBuffered();
        out.write(kept.buf, 0, kept.n);
        return this;
    }

    /** Makes room for {@code bytes} more: writes the buffer out, or (without a stream) grows it. */
    private void room(int bytes) throws IOException {
        if (n + bytes > buf.length && out != null) {
            writeBuffered();
        }
        if (n + bytes > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + bytes));
        }
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            writeBuffered();
            out.flush();
        }
    }

    private void writeBuffered() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }
}
