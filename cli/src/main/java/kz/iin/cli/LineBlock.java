package kz.iin.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.iin.cli.input.Lines;

/**
 * Lines to be checked on another thread, and a view of one of them at a time ({@link #line}) for the
 * one thread that checks the block. They come either copied out of {@link Lines}, or as UTF-8 bytes cut
 * at a line feed ({@link #addUtf8}) that the checking thread splits and decodes, so the reading thread
 * only reads.
 */
final class LineBlock implements CharSequence {
    private static final int LINES = 4096;
    private static final int CHARS = 1 << 20;

    String source;
    String name;
    long firstNumber;
    private char[] text = new char[1 << 16];
    private int length;
    private int[] ends = new int[LINES];
    private boolean[] malformed = new boolean[LINES];
    private CharsetDecoder strict;
    private CharsetDecoder replacing;
    private int count;
    private int from;
    private int to;

    /** Empties the block for lines of {@code source} from line {@code firstNumber}; returns it. */
    LineBlock reset(String source, String name, long firstNumber) {
        this.source = source;
        this.name = name;
        this.firstNumber = firstNumber;
        length = 0;
        count = 0;
        return this;
    }

    void add(Lines line) {
        if (length + line.length() > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, length + line.length()));
        }
        line.copyTo(text, length);
        length += line.length();
        ends[count] = length;
        malformed[count++] = line.malformed();
    }

    /**
     * Splits {@code utf8[0, length)} into lines (LF, a CR before it part of the ending; a last line without
     * LF counts) and decodes them: ASCII as it is, other lines as strict UTF-8, and a line that is not
     * UTF-8 with U+FFFD for each bad sequence, flagged {@link #malformed}.
     */
    void addUtf8(byte[] utf8, int length) {
        if (text.length < this.length + length) {
            text = Arrays.copyOf(text, this.length + length); // UTF-8 never has fewer bytes than characters
        }
        int i = 0;
        while (i < length) {
            int from = i;
            int high = 0; // any byte >= 0x80 makes it negative
            while (i < length && utf8[i] != '\n') {
                high |= utf8[i++];
            }
            int to = i > from && utf8[i - 1] == '\r' ? i - 1 : i;
            boolean bad = false;
            if (high >= 0) {
                char[] t = text;
                int n = this.length;
                for (int k = from; k < to; k++) {
                    t[n++] = (char) utf8[k];
                }
                this.length = n;
            } else {
                bad = decode(utf8, from, to);
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, 2 * count);
                malformed = Arrays.copyOf(malformed, 2 * count);
            }
            ends[count] = this.length;
            malformed[count++] = bad;
            i++;
        }
    }

    /** Decodes a non-ASCII line into the text; true when it was not UTF-8. */
    private boolean decode(byte[] utf8, int from, int to) {
        if (strict == null) {
            strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            replacing = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        CharBuffer out = CharBuffer.wrap(text, length, text.length - length);
        if (!strict.reset().decode(ByteBuffer.wrap(utf8, from, to - from), out, true).isError()
                && !strict.flush(out).isError()) {
            length = out.position();
            return false;
        }
        out = CharBuffer.wrap(text, length, text.length - length);
        replacing.reset().decode(ByteBuffer.wrap(utf8, from, to - from), out, true);
        replacing.flush(out);
        length = out.position();
        return true;
    }

    boolean isFull() {
        return count == LINES || length >= CHARS;
    }

    int count() {
        return count;
    }

    boolean malformed(int i) {
        return malformed[i];
    }

    /** Makes this sequence line {@code i}. */
    CharSequence line(int i) {
        from = i == 0 ? 0 : ends[i - 1];
        to = ends[i];
        return this;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return text[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(text, from, to - from);
    }
}
