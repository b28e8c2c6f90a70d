package kz.iin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns every failure into one clear line on stderr and an exit code; stack traces only with IIN_DEBUG=1. */
final class Failures {
    private static final int MAX_MESSAGE = 500;

    private Failures() {
    }

    /** Picocli's handler for bad options and arguments: the message (masked) and a pointer to --help. */
    static int usage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
        err.println("iin: " + shorten(Redact.digits(message)));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCode.USAGE;
    }

    static int report(Streams streams, Throwable t) {
        if (isBrokenPipe(t)) {
            streams.out.markReported();
            return ExitCode.BROKEN_PIPE; // the reader went away (| head): stop quietly, like SIGPIPE
        }
        int code;
        String message;
        if (isOutputFailure(t)) {
            streams.out.markReported();
            code = ExitCode.USAGE;
            message = "cannot write the output: " + describe(t);
        } else if (t instanceof CliException) {
            code = ExitCode.USAGE;
            message = t.getMessage();
        } else if (t instanceof IOException || t instanceof UncheckedIOException) {
            code = ExitCode.USAGE;
            message = "I/O error: " + describe(t instanceof UncheckedIOException ? t.getCause() : t);
        } else if (t instanceof OutOfMemoryError) {
            code = ExitCode.INTERNAL;
            message = "out of memory; give the JVM more with JAVA_OPTS=-Xmx1g";
        } else {
            code = ExitCode.INTERNAL;
            message = "internal error (" + t.getClass().getSimpleName() + "): " + t.getMessage()
                    + "; this is a bug, please report it (IIN_DEBUG=1 shows the stack trace)";
        }
        streams.print.flush();
        streams.err.println("iin: " + shorten(Redact.digits(message)));
        if (System.getenv("IIN_DEBUG") != null) {
            t.printStackTrace(streams.err);
        }
        streams.err.flush();
        return code;
    }

    /** Messages may quote user input; a megabyte argument must not become a megabyte message. */
    static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "... (" + message.length() + " characters)";
    }

    /** Said as the operating system says it ("No such file or directory", "Permission denied", ...). */
    static String describe(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private static boolean isOutputFailure(Throwable t) {
        return causedBy(t, c -> c instanceof Stdout.OutputFailedException);
    }

    private static boolean isBrokenPipe(Throwable t) {
        return causedBy(t, c -> c instanceof IOException && String.valueOf(c.getMessage()).contains("Broken pipe"));
    }

    private static boolean causedBy(Throwable t, Predicate<Throwable> what) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (what.test(c)) {
                return true;
            }
        }
        return false;
    }
}
