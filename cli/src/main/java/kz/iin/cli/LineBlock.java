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
 * at a line feed ({@link #addUtf8}) that the checking thread splits (and decodes, unless all ASCII), so
 * the reading thread only reads.
 */
final class LineBlock implements CharSequence {
    private static final int LINES = 4096;
    private static final int CHARS = 1 << 20;

    String source;
    String name;
    long firstNumber;
    private char[] text = new char[1 << 16];
    private int length;
    /** When not null, the lines are these ASCII bytes (one per character) instead of {@link #text}. */
    private byte[] ascii;
    private int[] starts = new int[LINES];
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
        ascii = null;
        return this;
    }

    void add(Lines line) {
        if (length + line.length() > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, length + line.length()));
        }
        line.copyTo(text, length);
        addLine(length, length + line.length(), line.malformed());
        length += line.length();
    }

    private void addLine(int start, int end, boolean bad) {
        if (count == ends.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
            malformed = Arrays.copyOf(malformed, 2 * count);
        }
        starts[count] = start;
        ends[count] = end;
        malformed[count++] = bad;
    }

    /**
     * Makes the (empty) block the lines of {@code utf8[0, length)}: a line ends at LF, a CR before it part of
     * the ending, and a last line without LF counts. All ASCII (the usual case), the bytes are read as they
     * are; otherwise every line is decoded, as strict UTF-8, and a line that is not UTF-8 with U+FFFD for
     * each bad sequence, flagged {@link #malformed}. The block reads {@code utf8} until it is checked.
     */
    void addUtf8(byte[] utf8, int length) {
        int high = 0; // any byte >= 0x80 makes it negative
        int i = 0;
        while (i < length) {
            int start = i;
            while (i < length && utf8[i] != '\n') {
                high |= utf8[i++];
            }
            addLine(start, i > start && utf8[i - 1] == '\r' ? i - 1 : i, false);
            i++;
        }
        if (high >= 0) {
            ascii = utf8;
            return;
        }
        if (text.length < length) {
            text = Arrays.copyOf(text, length); // UTF-8 never has fewer bytes than characters
        }
        for (int k = 0; k < count; k++) {
            int start = starts[k];
            starts[k] = this.length;
            malformed[k] = decode(utf8, start, ends[k]);
            ends[k] = this.length;
        }
    }

    /** Decodes one line into the text; true when it was not UTF-8. */
    private boolean decode(byte[] utf8, int start, int end) {
        if (strict == null) {
            strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            replacing = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        CharBuffer out = CharBuffer.wrap(text, length, text.length - length);
        if (!strict.reset().decode(ByteBuffer.wrap(utf8, start, end - start), out, true).isError()
                && !strict.flush(out).isError()) {
            length = out.position();
            return false;
        }
        out = CharBuffer.wrap(text, length, text.length - length);
        replacing.reset().decode(ByteBuffer.wrap(utf8, start, end - start), out, true);
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

    /** The lines' bytes when all are ASCII (line {@code i} from {@link #start}), else null. */
    byte[] ascii() {
        return ascii;
    }

    /** Where the current line starts in {@link #ascii}. */
    int start() {
        return from;
    }

    /** Makes this sequence line {@code i}. */
    CharSequence line(int i) {
        from = starts[i];
        to = ends[i];
        return this;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return ascii != null ? (char) ascii[from + index] : text[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return ascii != null ? new String(ascii, from, to - from, StandardCharsets.ISO_8859_1)
                : new String(text, from, to - from);
    }
}
