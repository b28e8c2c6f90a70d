package kz.iin.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Commands run as separate processes with no input, as an operator runs them from a shell. */
public final class Commands {
    private Commands() {
    }

    /** The exit code, the standard output, and standard output and error together. */
    public record Result(int exit, String stdout, String output) {
    }

    /** {@code java -jar JAR ARGS} on this JVM's own java, within two minutes. */
    public static Result javaJar(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Duration.ofMinutes(2));
    }

    /** Runs {@code cmd}; one that outlives {@code timeout} is killed and reported. */
    public static Result run(List<String> cmd, Duration timeout) {
        try {
            Path err = Files.createTempFile("iin-command", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out after " + timeout + ": " + cmd);
                }
                return new Result(p.exitValue(), stdout, stdout + Files.readString(err));
            } finally {
                Files.delete(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + cmd, e);
        }
    }
}
