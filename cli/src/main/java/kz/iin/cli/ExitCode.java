package kz.iin.cli;

/** The documented exit codes of every {@code iin} command. */
public final class ExitCode {
    /** Everything checked was valid (or the command had nothing to judge and succeeded). */
    public static final int OK = 0;
    /** At least one identifier was invalid. */
    public static final int INVALID = 1;
    /** Usage error, unreadable or malformed input file, I/O error. */
    public static final int USAGE = 2;
    /** A bug in the tool: the message says so. */
    public static final int INTERNAL = 3;
    /** Standard output was closed early (e.g. piped into {@code head}); like a process killed by SIGPIPE. */
    public static final int BROKEN_PIPE = 141;

    private ExitCode() {
    }
}
