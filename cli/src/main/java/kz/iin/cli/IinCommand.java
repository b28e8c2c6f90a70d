package kz.iin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "iin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Kazakhstan IIN and BIN, the 12-digit identification numbers: check them (with what they"
                + " encode), generate test data, and decide eligibility cases.", "", "New here? Run: iin demo"},
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.OK_LINE, ExitCode.INVALID_LINE,
            ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE, ExitCode.BROKEN_PIPE_LINE})
final class IinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
