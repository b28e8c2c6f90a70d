package kz.iin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "A guided tour in under a minute.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("demo: coming");
        return ExitCode.OK;
    }
}
