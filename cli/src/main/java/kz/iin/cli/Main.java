package kz.iin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the executable jar: runs the {@code iin} command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Streams.system(), args));
    }

    /** Runs the command line; never throws, never prints a stack trace (unless IIN_DEBUG is set). */
    static int run(Streams streams, String... args) {
        int code;
        try {
            code = commandLine(streams, args).execute(args);
        } catch (Throwable t) {
            // Errors that escape picocli's handlers, e.g. OutOfMemoryError while parsing options.
            code = Failures.report(streams, t);
        }
        streams.print.flush();
        IOException unreported = streams.out.failure(); // a write error the PrintStream swallowed (help, decide, ...)
        return unreported == null ? code : Failures.report(streams, new Stdout.OutputFailedException(unreported));
    }

    /**
     * The command line for these arguments. When the first argument names a command only that one is
     * built: picocli reads each command's annotations at start-up, and batch runs are timed with it.
     */
    static CommandLine commandLine(Streams streams, String... args) {
        CommandLine cli = new CommandLine(new IinCommand());
        String first = args.length > 0 ? args[0] : "";
        switch (first) {
            case "check" -> cli.addSubcommand(new CheckCommand(streams));
            case "generate" -> cli.addSubcommand(new GenerateCommand(streams));
            case "decide" -> cli.addSubcommand(new DecideCommand(streams));
            case "demo" -> cli.addSubcommand(new DemoCommand(streams));
            default -> {
                cli.addSubcommand(new CheckCommand(streams));
                cli.addSubcommand(new GenerateCommand(streams));
                cli.addSubcommand(new DecideCommand(streams));
                cli.addSubcommand(new DemoCommand(streams));
                cli.addSubcommand(new CommandLine.HelpCommand());
            }
        }
        cli.setOut(new PrintWriter(streams.print, true));
        cli.setErr(new PrintWriter(streams.err, true));
        cli.setExpandAtFiles(false); // "@name" is data here, not an argument file
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Failures::usage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(streams, e));
        return cli;
    }
}
