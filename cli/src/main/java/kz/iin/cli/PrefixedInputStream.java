package kz.iin.cli;

import java.io.IOException;
import java.io.InputStream;

/** A few bytes already read (to look at the start of an input), then the rest of the stream. */
final class PrefixedInputStream extends InputStream {
    private final byte[] prefix;
    private int next;
    private final InputStream in;

    PrefixedInputStream(byte[] prefix, InputStream in) {
        this.prefix = prefix;
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        return next < prefix.length ? prefix[next++] & 0xFF : in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (next < prefix.length) {
            int n = Math.min(len, prefix.length - next);
            System.arraycopy(prefix, next, b, off, n);
            next += n;
            return n;
        }
        return in.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return prefix.length - next + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
