package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What only a process shows: a pipe answered line by line, a reader that goes away, a small heap. */
class ProcessIT {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;

    /** Liveness, not speed: a result must come while the input is still open (a terminal, a trickling pipe). */
    @Test
    void answersALineBeforeTheInputEnds() throws Exception {
        answersTheFirstLineBeforeTheRestComes(StandardCharsets.UTF_8, (IIN + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The writer pauses in the middle of the next line's first character, which cannot be decoded yet. */
    @Test
    void answersALineBeforeTheInputEndsInUtf16() throws Exception {
        byte[] lineAndHalfACharacter = (IIN + "\n1").getBytes(StandardCharsets.UTF_16LE);
        answersTheFirstLineBeforeTheRestComes(StandardCharsets.UTF_16LE,
                Arrays.copyOf(lineAndHalfACharacter, lineAndHalfACharacter.length - 1));
    }

    /** Writes {@code first}, waits for the first line's row, then writes the rest of "IIN\n12\n". */
    private static void answersTheFirstLineBeforeTheRestComes(Charset encoding, byte[] first) throws Exception {
        Process p = new ProcessBuilder(
                javaCommand("check", "--format", "tsv", "-q", "--encoding", encoding.name(), "-")).start();
        byte[] all = (IIN + "\n12\n").getBytes(encoding);
        try (OutputStream in = p.getOutputStream();
             java.io.BufferedReader out = new java.io.BufferedReader(
                     new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(first);
            in.flush();
            CompletableFuture<String> row = CompletableFuture.supplyAsync(() -> {
                try {
                    out.readLine(); // header
                    return out.readLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try {
                assertThat(row.get(60, TimeUnit.SECONDS)).startsWith(IIN + "\tIIN\ttrue");
            } catch (TimeoutException e) {
                p.destroyForcibly(); // its output closes, so the reading thread lets go of the reader
                throw new AssertionError("no row for the first line within 60 s while the input stayed open");
            }
            in.write(all, first.length, all.length - first.length);
            in.close();
            assertThat(out.readLine()).startsWith("12\tUNKNOWN\tfalse\tWRONG_LENGTH");
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void stoppingEarlyDownstreamEndsQuietly() throws Exception {
        Process p = new ProcessBuilder(javaCommand("check", "--format", "tsv", "-")).start();
        CompletableFuture<String> err = Cli.drain(p.getErrorStream()).thenApply(b -> new String(b, StandardCharsets.UTF_8));
        CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream()) {
                byte[] block = (IIN + "\n").repeat(10_000).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 100; i++) {
                    in.write(block);
                }
            } catch (IOException expected) {
                // the process stops reading once its output is closed
            }
        });
        try (InputStream out = p.getInputStream()) {
            out.readNBytes(100); // like `| head -c 100`
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCode.BROKEN_PIPE);
        assertThat(err.get()).isEmpty();
    }

    /**
     * The required load test: 1,000,000 lines through a pipe with a 32 MB heap. A run that kept lines or
     * output in memory (about 40 MB of output) would fail with an out-of-memory error instead.
     */
    @Test
    @Tag("slow")
    void aMillionLinesThroughAPipeInConstantMemory() throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx32m",
                "-jar", Cli.JAR.toString(), "check", "--format", "tsv", "-"));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> err = Cli.drain(p.getErrorStream()).thenApply(b -> new String(b, StandardCharsets.UTF_8));
        String[] inputs = {IIN, BIN, "900101300008", "12345"};
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream()) {
                StringBuilder block = new StringBuilder();
                for (int i = 0; i < 10_000; i++) {
                    block.append(inputs[i % 4]).append('\n');
                }
                byte[] bytes = block.toString().getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 100; i++) {
                    in.write(bytes);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long lines = 0;
        long validIin = 0;
        long bytes = 0;
        try (InputStream out = p.getInputStream()) {
            byte[] buf = new byte[1 << 16];
            int lineStart = 0;
            byte[] line = new byte[256];
            for (int n; (n = out.read(buf)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (lines > 0 && lineStart >= 18 && line[13] == 'I' && line[17] == 't') {
                            validIin++;
                        }
                        lines++;
                        lineStart = 0;
                    } else if (lineStart < line.length) {
                        line[lineStart++] = buf[i];
                    }
                }
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        feed.join();
        assertThat(p.exitValue()).isEqualTo(ExitCode.INVALID);
        assertThat(lines).isEqualTo(1_000_001);
        assertThat(validIin).isEqualTo(250_000);
        assertThat(bytes).isGreaterThan(40_000_000);
        assertThat(err.get()).contains("1,000,000 lines checked: 500,000 valid, 500,000 invalid")
                .containsPattern("CHECK_DIGIT_MISMATCH +250,000")
                .containsPattern("WRONG_LENGTH +250,000");
    }

    /**
     * A line's rows are written as they come, not held: one line of 12 MiB of control characters, 72 MiB
     * once escaped in JSON, with a 128 MB heap (the line itself is held in 16 MB). Held in memory (as a block of
     * short lines is), it would not fit.
     */
    @Test
    @Tag("slow")
    void theRowOfAHugeLineIsWrittenAsItComes() throws Exception {
        int length = 12 << 20;
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx128m",
                "-jar", Cli.JAR.toString(), "check", "--format", "json", "-q", "-"));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> err = Cli.drain(p.getErrorStream()).thenApply(b -> new String(b, StandardCharsets.UTF_8));
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream()) {
                byte[] controls = new byte[1 << 20];
                java.util.Arrays.fill(controls, (byte) 1);
                for (int i = 0; i < length >> 20; i++) {
                    in.write(controls);
                }
                in.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long bytes = 0;
        try (InputStream out = p.getInputStream()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = out.read(buf)) > 0; ) {
                bytes += n;
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        feed.join();
        assertThat(err.get()).isEmpty();
        assertThat(p.exitValue()).isEqualTo(ExitCode.INVALID);
        assertThat(bytes).isGreaterThan(6L * length); // each character as \u0001
    }

    static List<String> javaCommand(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Cli.QUICK_JVM);
        cmd.add("-jar");
        cmd.add(Cli.JAR.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

}
