package kz.iin.cli;

/** The exit codes of every {@code iin} command, and their lines in the help's exit-code list (one wording). */
public final class ExitCode {
    /** Everything checked was valid (or the command succeeded). */
    public static final int OK = 0;
    /** At least one identifier was invalid. */
    public static final int INVALID = 1;
    /** Usage error, unreadable or malformed input, output that cannot be written. */
    public static final int USAGE = 2;
    /** A bug in the tool: the message says so. */
    public static final int INTERNAL = 3;
    /** Standard output was closed early (e.g. piped into {@code head}); as for a process killed by SIGPIPE. */
    public static final int BROKEN_PIPE = 141;

    static final String HEADING = "%nExit status:%n";
    static final String OK_LINE = "0:success (for check: every identifier valid)";
    static final String INVALID_LINE = "1:check: at least one identifier invalid";
    static final String USAGE_LINE = "2:usage error, unreadable input, or output that cannot be written";
    static final String INTERNAL_LINE = "3:internal error (a bug; the message says so)";
    static final String BROKEN_PIPE_LINE = "141:the output was closed early (e.g. | head), as when killed by SIGPIPE";

    private ExitCode() {
    }
}
