package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ./iin launcher at the repository root, with the jar this build just made (no nested build). */
class LauncherIT {
    private static Cli.Result launch(String stdin, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Cli.ROOT.resolve("iin").toString());
        command.addAll(List.of(args));
        return Cli.exec(command, Map.of("IIN_NO_BUILD", "1", "JAVA_OPTS", "-XX:TieredStopAtLevel=1"),
                stdin.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void runsTheJarWithArgumentsAndStdin() {
        Cli.Result version = launch("", "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("iin 0.3.0");

        Cli.Result check = launch(CheckArgumentsTest.IIN + "\n", "check", "--format", "tsv", "-q", "-");
        assertThat(check.exit()).isZero();
        assertThat(check.lines()).hasSize(2);
        assertThat(check.stderr()).isEmpty();
    }

    @Test
    void makesAClassDataArchiveNewerThanTheJarAndUsesIt() {
        launch("", "--version");
        java.nio.file.Path jsa = Cli.ROOT.resolve("cli/target/iin-cli.jsa");
        assertThat(jsa).exists();
        assertThat(jsa.toFile().lastModified()).isGreaterThanOrEqualTo(Cli.JAR.toFile().lastModified());
        // The JVM says when it cannot map the archive; the launcher silences only that (a JDK update).
        Cli.Result r = Cli.exec(List.of("java", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + jsa, "-Xshare:on", "-jar", Cli.JAR.toString(),
                "--version"), Map.of(), new byte[0]);
        assertThat(r.exit()).as(r.stderr()).isZero();
    }

    @Test
    void passesExitCodesThrough() {
        assertThat(launch("", "check", "12345").exit()).isEqualTo(ExitCode.INVALID);
        assertThat(launch("", "check", "--nope").exit()).isEqualTo(ExitCode.USAGE);
    }
}
