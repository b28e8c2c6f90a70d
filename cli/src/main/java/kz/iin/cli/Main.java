package kz.iin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code iin} command and the executable jar's entry point: runs a command and exits with its code. */
@Command(name = "iin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Kazakhstan IIN and BIN, the 12-digit identification numbers: check them (with what they"
                + " encode), generate test data, and decide eligibility cases.", "", "New here? Run: iin demo"},
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.OK_LINE, ExitCode.INVALID_LINE,
            ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE, ExitCode.BROKEN_PIPE_LINE})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Streams.system(), args));
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Runs the command line; never throws, never prints a stack trace (unless IIN_DEBUG is set). */
    static int run(Streams streams, String... args) {
        int code;
        try {
            code = commandLine(streams, args).execute(args);
        } catch (Throwable t) { // errors that escape picocli's handlers, e.g. OutOfMemoryError while parsing options
            code = Failures.report(streams, t);
        }
        streams.print.flush();
        IOException unreported = streams.out.failure(); // a write error the PrintStream swallowed (help, decide, ...)
        return unreported == null ? code : Failures.report(streams, new Stdout.OutputFailedException(unreported));
    }

    /**
     * The command line for these arguments. When the first argument names a command only that one is built:
     * picocli reads each command's annotations at start-up, and batch runs are timed with it.
     */
    static CommandLine commandLine(Streams streams, String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        List<String> names = List.of("check", "generate", "decide", "demo");
        for (String name : names.contains(first) ? List.of(first) : List.of("check", "generate", "decide", "demo", "help")) {
            cli.addSubcommand(switch (name) {
                case "check" -> new CheckCommand(streams);
                case "generate" -> new GenerateCommand(streams);
                case "decide" -> new DecideCommand(streams);
                case "demo" -> new DemoCommand(streams);
                default -> new CommandLine.HelpCommand();
            });
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
