package kz.iin.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.concurrent.CompletableFuture;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One line of a {@link LineBlocks} block as text, without a String per line: its bytes when ASCII, else their UTF-8
 * decoding. It stores no reference per line (see IdDecoder).
 */
final class Line implements CharSequence {
    final byte[] bytes;
    private final String source;
    private final CompletableFuture<Long> linesBefore;
    private final CharsetDecoder utf8 = UTF_8.newDecoder();
    private char[] decoded = new char[64];
    private long first;
    private int index;
    int start;
    int length;
    /** True when the line is {@code bytes[start, start + length)}, all ASCII. */
    boolean ascii;

    Line(byte[] bytes, String source, CompletableFuture<Long> linesBefore) {
        this.bytes = bytes;
        this.source = source;
        this.linesBefore = linesBefore;
    }

    /**
     * Views line {@code index} of the block, {@code bytes[start, end)}, decoded unless {@code ascii}; true when
     * bytes in it were not UTF-8 (each bad sequence is read as U+FFFD).
     */
    boolean view(int index, int start, int end, boolean ascii) {
        this.index = index;
        this.start = start;
        this.length = end - start;
        this.ascii = ascii;
        return !ascii && decode(start, end);
    }

    /** The input the line came from. */
    String source() {
        return source;
    }

    /** The line's number in its input, known once the blocks before have counted their lines. */
    long number() {
        if (first == 0) {
            first = linesBefore.join() + 1;
        }
        return first + index;
    }

    private boolean decode(int start, int end) {
        if (decoded.length < end - start) { // UTF-8 never has more characters than bytes
            decoded = new char[end - start];
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer text = CharBuffer.wrap(decoded);
        boolean malformed = false;
        utf8.reset();
        for (CoderResult r; (r = utf8.decode(in, text, true)).isError(); ) {
            in.position(in.position() + r.length());
            text.put('\uFFFD');
            malformed = true;
        }
        utf8.flush(text);
        length = text.position();
        return malformed;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return ascii ? (char) bytes[start + index] : decoded[index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return ascii ? new String(bytes, start, length, ISO_8859_1) : new String(decoded, 0, length);
    }
}
