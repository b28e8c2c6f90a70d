package kz.iin.cli;

/** The documented exit codes of every {@code iin} command, and their help lines (one wording everywhere). */
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

    static final String HEADING = "%nExit status:%n";
    static final String HELP_OK = "  0    success (for check: every identifier valid)";
    static final String HELP_INVALID = "  1    check: at least one identifier invalid";
    static final String HELP_USAGE = "  2    usage error, unreadable input, or output that cannot be written";
    static final String HELP_USAGE_GENERATE = "  2    usage error (nothing is printed), or output that cannot be written";
    static final String HELP_INTERNAL = "  3    internal error (a bug; the message says so)";
    static final String HELP_BROKEN_PIPE = "  141  the output was closed early (e.g. | head), as when killed by SIGPIPE";

    private ExitCode() {
    }
}
