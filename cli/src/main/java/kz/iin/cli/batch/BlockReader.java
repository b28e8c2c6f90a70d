package kz.iin.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into blocks of whole lines (about {@link #SIZE} bytes each, more only for a long
 * line), so blocks can be checked in parallel and written back in order. Memory stays bounded by the
 * block size and {@link #MAX_LINE_BYTES}.
 */
public final class BlockReader {
    /** Target block size. */
    static final int SIZE = 256 << 10;
    /** Longest line accepted; a longer one stops the run with a clear error (that input is not an identifier list). */
    public static final int MAX_LINE_BYTES = 16 << 20;

    private final InputStream in;
    private final BufferPool pool;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private long bytesRead;

    public BlockReader(InputStream in, BufferPool pool) {
        this.in = in;
        this.pool = pool;
    }

    /** A pool of this reader's block size, for {@link #BlockReader(InputStream, BufferPool)}. */
    public static BufferPool pool() {
        return new BufferPool(SIZE);
    }

    /** A block of whole lines. */
    public record Block(byte[] data, int length) {
        /** How many lines the block holds (a last line without LF counts). */
        public long lineCount() {
            long n = 0;
            for (int i = 0; i < length; i++) {
                if (data[i] == '\n') {
                    n++;
                }
            }
            return length > 0 && data[length - 1] != '\n' ? n + 1 : n;
        }
    }

    /**
     * The next block, or null at the end of the input.
     *
     * @throws LineTooLongException when one line exceeds {@link #MAX_LINE_BYTES}
     */
    public Block next() throws IOException {
        if (eof && carryLength == 0) {
            return null;
        }
        byte[] b = pool.take(Math.max(SIZE, carryLength + SIZE / 4));
        System.arraycopy(carry, 0, b, 0, carryLength);
        int n = carryLength;
        int scanned = carryLength; // the carry holds no LF
        carryLength = 0;
        for (;;) {
            while (!eof && n < b.length) {
                int r = in.read(b, n, b.length - n);
                if (r < 0) {
                    eof = true;
                } else {
                    n += r;
                    bytesRead += r;
                    if (in.available() == 0 && hasLf(b, scanned, n)) {
                        break; // a slow producer (a terminal, a trickling pipe): answer the lines we have now
                    }
                }
            }
            if (eof) {
                if (n == 0) {
                    pool.give(b);
                    return null;
                }
                return new Block(b, n);
            }
            int lastLf = -1;
            for (int i = n - 1; i >= scanned; i--) {
                if (b[i] == '\n') {
                    lastLf = i;
                    break;
                }
            }
            if (lastLf >= 0) {
                int rest = n - lastLf - 1;
                if (carry.length < rest) {
                    carry = new byte[Math.max(rest, SIZE)];
                }
                System.arraycopy(b, lastLf + 1, carry, 0, rest);
                carryLength = rest;
                return new Block(b, lastLf + 1);
            }
            // One line fills the whole block: grow it, up to the limit.
            if (n > MAX_LINE_BYTES) {
                throw new LineTooLongException();
            }
            scanned = n;
            b = Arrays.copyOf(b, Math.min(b.length * 2, MAX_LINE_BYTES + 2));
        }
    }

    private static boolean hasLf(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** True when reading now could block: nothing is buffered in the stream (a pipe or terminal waiting for its writer). */
    public boolean wouldBlock() throws IOException {
        return !eof && carryLength == 0 && in.available() == 0;
    }

    /** Bytes read from the stream so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Thrown when one line exceeds {@link #MAX_LINE_BYTES}. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException() {
            super("a line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
        }
    }
}
