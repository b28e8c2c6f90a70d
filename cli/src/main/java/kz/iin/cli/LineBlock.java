package kz.iin.cli;

import java.util.Arrays;
import kz.iin.cli.input.Lines;

/**
 * Lines copied out of an input to be checked on another thread, and a view of one of them at a time
 * ({@link #line}) for the one thread that checks the block.
 */
final class LineBlock implements CharSequence {
    private static final int LINES = 4096;
    private static final int CHARS = 1 << 20;

    String source;
    String name;
    long firstNumber;
    private char[] text = new char[1 << 16];
    private int length;
    private final int[] ends = new int[LINES];
    private final boolean[] malformed = new boolean[LINES];
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
