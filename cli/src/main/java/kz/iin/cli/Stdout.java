package kz.iin.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output, remembering the first write error: a PrintStream (help, decide) swallows errors, so
 * without this {@code iin generate > /dev/full} would exit 0. Main reports a remembered failure like any
 * other, so a full disk (exit 2) and a closed pipe (exit 141) behave the same for every command.
 */
final class Stdout extends OutputStream {
    private final OutputStream out;
    private volatile IOException failure;
    private volatile boolean reported;

    Stdout(OutputStream out) {
        this.out = out;
    }

    /** The first write error not yet reported, or null. */
    IOException failure() {
        return reported ? null : failure;
    }

    void markReported() {
        reported = true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private OutputFailedException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return new OutputFailedException(e);
    }

    /** Writing the output failed (disk full, pipe closed, ...): not an input problem. */
    static final class OutputFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
