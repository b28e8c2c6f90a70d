package kz.iin.cli;

/** A failure the user can fix, reported as one line on stderr with exit code 2; never a stack trace. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message, null, false, false);
    }
}
