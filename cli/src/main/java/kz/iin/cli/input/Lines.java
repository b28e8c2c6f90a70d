package kz.iin.cli.input;

import java.io.IOException;
import kz.iin.cli.CliException;

/**
 * The lines of a {@link TextInput}, one at a time, without a String per line: a line ends at LF, and a
 * CR before the LF is part of the ending. The current line is a {@link CharSequence} valid until
 * {@link #next()}.
 */
public final class Lines implements CharSequence {
    private final TextInput in;
    private int pos;
    private int start;
    private int length;
    private long number;
    private boolean malformed;

    public Lines(TextInput in) {
        this.in = in;
    }

    /**
     * Advances to the next line; false at the end of the input.
     *
     * @throws CliException for a line longer than {@link TextInput#MAX_CHARS} or not text in the encoding
     */
    public boolean next() throws IOException {
        int from = pos;
        int i = from;
        in.replaced = false;
        try {
            for (;;) {
                char[] text = in.text;
                int end = in.end;
                while (i < end && text[i] != '\n') {
                    i++;
                }
                if (i < end) {
                    break;
                }
                boolean more = in.fill(from);
                i -= from;
                from = 0;
                if (!more) {
                    if (i == 0) {
                        pos = 0;
                        return false;
                    }
                    break; // a last line without LF
                }
            }
        } catch (TextInput.TooLong e) {
            throw new CliException(in.name() + ": line " + (number + 1) + " is longer than "
                    + (TextInput.MAX_CHARS >> 20) + " MiB; expected one identifier per line");
        } catch (TextInput.NotText e) {
            throw in.notText(number + 1);
        }
        number++;
        start = from;
        pos = i < in.end ? i + 1 : i;
        length = i > from && in.text[i - 1] == '\r' ? i - 1 - from : i - from;
        malformed = in.replaced;
        return true;
    }

    /** 1-based number of the current line in its input. */
    public long number() {
        return number;
    }

    /** True when the line had bytes that are not UTF-8 (read as U+FFFD). */
    public boolean malformed() {
        return malformed;
    }

    /** Copies the line's characters into {@code to} from {@code at}. */
    public void copyTo(char[] to, int at) {
        System.arraycopy(in.text, start, to, at, length);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return in.text[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return new String(in.text, start, length);
    }
}
