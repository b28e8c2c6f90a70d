package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line: in this JVM with captured streams ({@link #run}, {@link #piped}), as most tests
 * do, or as a process through the real shaded jar or the ./iin launcher ({@link #process}, {@link #shell},
 * {@link #inTerminal}) for what only a process shows: exit codes, signals, pipes, the launcher itself.
 */
final class Cli {
    static final Path JAR = Path.of(System.getProperty("iin.jar", "target/iin-cli.jar")).toAbsolutePath();
    static final Path ROOT = Path.of(System.getProperty("iin.root", "..")).toAbsolutePath().normalize();
    /** Short-lived runs: quick JIT start, small heap (a leak would show as a failure). */
    static final List<String> QUICK_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx64m");

    record Result(int exit, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        List<String> lines() {
            return out().lines().toList();
        }

        /** Every failure is one clear message: no stack trace, no exception class names. */
        Result assertNoStackTrace() {
            assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by");
            return this;
        }
    }

    /** Own threads: the common pool may have a single thread on a small machine, and these block. */
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cli-test-io");
        t.setDaemon(true);
        return t;
    });

    private Cli() {
    }

    static Result run(String... args) {
        return piped(new byte[0], args);
    }

    static Result piped(String stdin, String... args) {
        return piped(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** In-process: picocli's execute, with stdin from {@code stdin} and stdout and stderr captured. */
    static Result piped(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = new Streams(new java.io.ByteArrayInputStream(stdin), out,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        int exit = Main.run(streams, args);
        return new Result(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The shaded jar as a process, stdin from {@code stdin}. */
    static Result process(byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_JVM);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return exec(command, Map.of(), stdin);
    }

    /**
     * Runs the jar with stdin, stdout and stderr on a terminal (a pseudo-terminal made by script(1)),
     * as a person at a prompt; null (with a loud note) where script(1) is missing. Output is merged.
     */
    static Result inTerminal(Map<String, String> env, String... args) {
        if (!Files.isExecutable(Path.of("/usr/bin/script"))) {
            System.err.println("SKIPPED terminal test: /usr/bin/script (util-linux) is not installed");
            return null;
        }
        StringBuilder cmd = new StringBuilder();
        cmd.append(Path.of(System.getProperty("java.home"), "bin", "java")).append(' ');
        for (String a : QUICK_JVM) {
            cmd.append(a).append(' ');
        }
        cmd.append("-jar ").append(JAR);
        for (String a : args) {
            cmd.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        return exec(List.of("/usr/bin/script", "-q", "-e", "-c", cmd.toString(), "/dev/null"), env, new byte[0]);
    }

    /**
     * Runs a bash script with {@code $IIN} set to the real launcher (no nested build) in a fresh
     * directory, so pipes, FIFOs, process substitution and redirections are the shell's own.
     */
    static Result shell(Path dir, String script) {
        return exec(List.of("bash", "-c", "set -u; cd '" + dir + "'; " + script),
                Map.of("IIN", ROOT.resolve("iin").toString(), "IIN_NO_BUILD", "1",
                        "JAVA_OPTS", "-XX:TieredStopAtLevel=1 -Xmx64m"), new byte[0]);
    }

    static Result exec(List<String> command, Map<String, String> env, byte[] stdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            pb.environment().remove("IIN_DEBUG");
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            CompletableFuture<Void> in = CompletableFuture.runAsync(() -> {
                try (OutputStream o = p.getOutputStream()) {
                    o.write(stdin);
                } catch (IOException ignored) {
                    // the process may stop reading early (e.g. on a usage error); that is its right
                }
            }, IO);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly); // a shell's pipeline outlives the shell
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            in.join();
            return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, IO);
    }
}
