package kz.iin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Runs the eligibility rules on a case (JSON) and prints the decision.")
final class DecideCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "CASE.json|-")
    String source;

    @Option(names = "--explain", description = "Print the decision for a person instead of JSON.")
    boolean explain;

    @Override
    public Integer call() {
        throw new CliException("the rules module is not available in this build");
    }
}
