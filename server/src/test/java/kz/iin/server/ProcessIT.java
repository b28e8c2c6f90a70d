package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;
import kz.iin.rules.json.CaseJson;

/** The service as its users run it: the jar as a process, non-Java clients, and a SIGTERM in mid-batch. */
class ProcessIT {
    @Test
    void curlAndPythonGetTheSameAnswersAsJava(@TempDir Path dir) throws Exception {
        for (String tool : List.of("curl", "python3")) {
            if (!onPath(tool)) {
                System.err.println("SKIPPED: " + tool + " is not on the PATH; the non-Java clients were not tried");
            }
            assumeTrue(onPath(tool), tool + " is not on the PATH");
        }
        Case c = RandomCases.generate(1, 23)[0];
        Path caseFile = dir.resolve("case.json");
        Files.writeString(caseFile, CaseJson.write(c), StandardCharsets.UTF_8);
        String decision = CaseJson.write(EligibilityService.shared().decide(c));
        try (ServerProcess server = ServerProcess.start(dir)) {
            String curl = run(dir, "curl", "-sS", "-H", "Content-Type: application/json", "--data-binary",
                    "@" + caseFile, server.base() + "/v1/decisions");
            assertThat(curl).isEqualTo(decision);

            Path script = Path.of(System.getProperty("iin.server.scripts", "src/test/scripts"), "client.py");
            String python = run(dir, "python3", script.toString(), server.base(), caseFile.toString());
            String line = CaseJson.writeLine(EligibilityService.shared().decide(c), 1);
            assertThat(python).isEqualTo(decision + "---\n" + line + "\n" + line.replace("{\"line\":1,",
                    "{\"line\":2,") + "\n---\n400 application/problem+json\n");
        }
    }

    @Test
    void sigtermInMidBatchFinishesTheBatchThenStops(@TempDir Path dir) throws Exception {
        Case[] cases = RandomCases.generate(50, 31);
        try (ServerProcess server = ServerProcess.start(dir, "--drain-seconds", "30")) {
            try (Socket socket = new Socket("127.0.0.1", server.port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                DataInputStream in = new DataInputStream(socket.getInputStream());
                out.write(("POST /v1/decisions/batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/jsonl\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BatchIT.chunk(out, BatchIT.oneLine(cases[0]) + "\n");
                assertThat(BatchIT.line(in)).isEqualTo("HTTP/1.1 200 OK");
                while (!BatchIT.line(in).isEmpty()) {
                    // headers
                }
                assertThat(BatchIT.chunks(in, 1))
                        .isEqualTo(CaseJson.writeLine(EligibilityService.shared().decide(cases[0]), 1));

                server.process.destroy(); // SIGTERM
                // New requests are turned away while the batch in flight goes on.
                assertThat(refusedOrUnavailable(server)).isTrue();

                StringBuilder rest = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                for (int i = 1; i < cases.length; i++) {
                    rest.append(BatchIT.oneLine(cases[i])).append('\n');
                    expected.append(CaseJson.writeLine(EligibilityService.shared().decide(cases[i]), i + 1))
                            .append('\n');
                }
                BatchIT.chunk(out, rest.toString());
                BatchIT.chunk(out, "");
                assertThat(BatchIT.chunks(in, cases.length - 1) + "\n").isEqualTo(expected.toString());
            }
            assertThat(server.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String log = server.stderr();
            assertThat(log).contains("iin serve: stopped").doesNotContain("cut off");
            assertThat(log).contains("POST /v1/decisions/batch 200");
            for (Case c : cases) {
                if (c.applicant().iin().isPresent()) {
                    assertThat(log).doesNotContain(c.applicant().iin().text());
                }
            }
        }
    }

    @Test
    void printsTheBoundPortAndRefusesUnknownOptions(@TempDir Path dir) throws Exception {
        try (ServerProcess server = ServerProcess.start(dir)) {
            assertThat(server.port).isPositive();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        Process p = new ProcessBuilder("java", "-jar", ServerProcess.jar().toString(), "--prot", "1")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("unknown option --prot");
    }

    private static boolean refusedOrUnavailable(ServerProcess server) throws Exception {
        // Shutdown hooks start a moment after the signal: ask until the service says it is stopping.
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 200; i++) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 503) {
                    return r.headers().firstValue("Content-Type").orElse("").equals("application/problem+json");
                }
            } catch (ConnectException e) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
        return out;
    }
}
