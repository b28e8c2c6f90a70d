package kz.iin.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar iin-server.jar --port 0 ...} as a process: its printed port, its stderr, SIGTERM. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    final Process process;
    final int port;
    final Path stderr;

    private ServerProcess(Process process, int port, Path stderr) {
        this.process = process;
        this.port = port;
        this.stderr = stderr;
    }

    static Path jar() {
        return Path.of(System.getProperty("iin.server.jar", "target/iin-server.jar"));
    }

    static ServerProcess start(Path dir, String... options) throws IOException {
        return start(dir, List.of(), options);
    }

    static ServerProcess start(Path dir, List<String> jvmOptions, String... options) throws IOException {
        Path stderr = dir.resolve("server.err");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--port", "0"));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = line == null ? null : LISTENING.matcher(line);
        if (m == null || !m.find()) {
            p.destroyForcibly();
            throw new IllegalStateException("the server did not start: " + line + "\n" + Files.readString(stderr));
        }
        return new ServerProcess(p, Integer.parseInt(m.group(1)), stderr);
    }

    /** The process's peak resident memory in MiB (Linux /proc), or -1 when unknown. */
    long peakResidentMiB() throws IOException {
        Path status = Path.of("/proc/" + process.pid() + "/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
