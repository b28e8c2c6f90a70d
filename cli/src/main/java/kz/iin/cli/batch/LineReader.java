package kz.iin.cli.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a block of whole lines (see {@link BlockReader}) into lines.
 *
 * <p>A line ends at LF; a CR right before the LF is part of the line ending. Pure-ASCII lines (the
 * normal case) are also exposed as bytes, for writers that copy them through. Other lines are
 * decoded as strict UTF-8; a line that is not valid UTF-8 is decoded with U+FFFD in place of each bad
 * sequence and flagged {@link #malformed()}, so the caller can count and report it — never silently.
 */
public final class LineReader {
    private final byte[] buf;
    private final int limit;
    private int pos;
    private long lineNumber;

    private int start;
    private int length;
    private boolean ascii;
    private boolean malformed;
    private String text;
    private CharBuffer chars = CharBuffer.allocate(256);
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder replacing = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

    /** Lines of {@code data[0, length)}; a last line without LF counts. */
    public LineReader(byte[] data, int length) {
        this.buf = data;
        this.limit = length;
    }

    /** Advances to the next line; false at the end of the block. */
    public boolean next() {
        if (pos >= limit) {
            return false;
        }
        byte[] b = buf;
        int or = 0; // one pass finds the line end and whether the line is pure ASCII
        int i = pos;
        while (i < limit && b[i] != '\n') {
            or |= b[i++];
        }
        take(pos, i, or >= 0);
        pos = i + 1;
        return true;
    }

    private void take(int from, int to, boolean isAscii) {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        lineNumber++;
        start = from;
        length = to - from;
        ascii = isAscii;
        malformed = false;
        text = null; // an ASCII line becomes a String only when a writer asks for it
        if (!ascii) {
            decode();
        }
    }

    private void decode() {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
        }
        chars.clear();
        CoderResult result = strict.reset().decode(ByteBuffer.wrap(buf, start, length), chars, true);
        if (!result.isError()) {
            result = strict.flush(chars);
        }
        if (result.isError()) {
            malformed = true;
            chars.clear();
            replacing.reset().decode(ByteBuffer.wrap(buf, start, length), chars, true);
            replacing.flush(chars);
        }
        chars.flip();
        text = chars.toString();
    }

    /** The current line as characters (without the line ending); valid until the next call to {@link #next}. */
    public String text() {
        if (text == null) {
            text = new String(buf, start, length, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    /** True when the current line is pure ASCII; then {@link #bytes()} from {@link #start()} holds exactly its characters. */
    public boolean isAscii() {
        return ascii;
    }

    /** True when the current line was not valid UTF-8 (its text has U+FFFD in place of the bad bytes). */
    public boolean malformed() {
        return malformed;
    }

    public byte[] bytes() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    /** 1-based number of the current line within the block. */
    public long lineNumber() {
        return lineNumber;
    }

}
