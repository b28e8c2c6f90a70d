package kz.iin.cli;

import picocli.CommandLine;

/** Entry point of the executable jar: runs the {@code iin} command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; never throws, never prints a stack trace (unless IIN_DEBUG is set). */
    static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (Throwable t) {
            // Errors that escape picocli's handlers, e.g. OutOfMemoryError while parsing options.
            return Failures.report(t);
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new IinCommand());
        cli.setExpandAtFiles(false); // "@name" is data here, not an argument file
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Failures::usage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e));
        return cli;
    }
}
