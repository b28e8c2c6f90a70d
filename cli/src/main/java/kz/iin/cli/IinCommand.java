package kz.iin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "iin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Kazakhstan IIN and BIN, the 12-digit identification numbers:",
            "check, decode, generate, and decide eligibility cases.", "New here? Run: iin demo"},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success (all identifiers valid)", "  1  at least one identifier invalid",
            "  2  usage error or unreadable input (the message says which file and why)",
            "  3  internal error (a bug)"})
final class IinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCode.USAGE;
    }
}
