package kz.iin.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for every command, remembering the first write error: {@code System.out} (a
 * PrintStream) swallows errors, so without this {@code iin generate > /dev/full} would exit 0. Main
 * reports a remembered failure like any other, so a full disk (exit 2) and a closed pipe (exit 141)
 * behave the same for every command.
 */
final class Stdout extends OutputStream {
    private static final Stdout INSTANCE = new Stdout(new FileOutputStream(FileDescriptor.out));

    private final OutputStream out;
    private volatile IOException failure;
    private volatile boolean reported;

    private Stdout(OutputStream out) {
        this.out = out;
    }

    /** Makes {@code System.out} write here (UTF-8, buffered; Main flushes it at the end). */
    static void install() {
        System.setOut(new PrintStream(new BufferedOutputStream(INSTANCE, 1 << 16), false, StandardCharsets.UTF_8));
    }

    /** The unbuffered stream, for writers with their own buffers. */
    static OutputStream stream() {
        return INSTANCE;
    }

    /** The first write error, or null. */
    static IOException failure() {
        return INSTANCE.reported ? null : INSTANCE.failure;
    }

    static void markReported() {
        INSTANCE.reported = true;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
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
