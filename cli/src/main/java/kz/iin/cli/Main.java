package kz.iin.cli;

import java.io.IOException;
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
        Stdout.install();
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (Throwable t) {
            // Errors that escape picocli's handlers, e.g. OutOfMemoryError while parsing options.
            code = Failures.report(t);
        }
        System.out.flush();
        IOException unreported = Stdout.failure(); // a write error System.out swallowed (help, decide, ...)
        return unreported == null ? code : Failures.report(new Stdout.OutputFailedException(unreported));
    }

    /**
     * The command line for these arguments. When the first argument names a command only that one is
     * built: picocli reads each command's annotations at start-up, and batch runs are timed with it.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new IinCommand());
        String first = args.length > 0 ? args[0] : "";
        switch (first) {
            case "check" -> cli.addSubcommand(new CheckCommand());
            case "generate" -> cli.addSubcommand(new GenerateCommand());
            case "decide" -> cli.addSubcommand(new DecideCommand());
            case "demo" -> cli.addSubcommand(new DemoCommand());
            default -> {
                cli.addSubcommand(new CheckCommand());
                cli.addSubcommand(new GenerateCommand());
                cli.addSubcommand(new DecideCommand());
                cli.addSubcommand(new DemoCommand());
                cli.addSubcommand(new CommandLine.HelpCommand());
            }
        }
        cli.setExpandAtFiles(false); // "@name" is data here, not an argument file
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Failures::usage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e));
        return cli;
    }
}
