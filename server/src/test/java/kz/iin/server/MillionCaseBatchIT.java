package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;
import kz.iin.rules.json.CaseJson;

/**
 * One batch request of 1,000,000 cases to a service whose heap is capped at 96 MiB: every line answered, in
 * order, with the decision of its case. Memory that grew with the batch would end in an OutOfMemoryError.
 */
@Tag("slow")
class MillionCaseBatchIT {
    private static final int LINES = 1_000_000;
    private static final int DISTINCT = 97;

    @Test
    void aMillionCasesInOneStreamWithBoundedMemory(@TempDir Path dir) throws Exception {
        Case[] cases = RandomCases.generate(DISTINCT, 1_000_000);
        byte[][] requestLines = new byte[DISTINCT][];
        String[] expected = new String[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            requestLines[i] = (BatchIT.oneLine(cases[i]) + "\n").getBytes(StandardCharsets.UTF_8);
            // Without the "line" member, which differs per line: {"line":N,... is cut off below.
            String line = CaseJson.writeLine(EligibilityService.shared().decide(cases[i]), 0);
            expected[i] = "{" + line.substring("{\"line\":0,".length());
        }
        try (ServerProcess server = ServerProcess.start(dir, List.of("-Xmx96m"), "--no-access-log");
             Socket socket = new Socket("127.0.0.1", server.port)) {
            socket.setSoTimeout(120_000);
            OutputStream raw = socket.getOutputStream();
            raw.write(("POST /v1/decisions/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/jsonl\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                // Not closed: closing a socket's stream closes the socket, and the answers are still coming.
                OutputStream out = new BufferedOutputStream(raw, 1 << 16);
                try {
                    for (int i = 0; i < LINES; i++) {
                        byte[] line = requestLines[i % DISTINCT];
                        out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(line);
                        out.write('\r');
                        out.write('\n');
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            DataInputStream in = new DataInputStream(socket.getInputStream());
            assertThat(BatchIT.line(in)).isEqualTo("HTTP/1.1 200 OK");
            while (!BatchIT.line(in).isEmpty()) {
                // headers
            }
            try (BufferedReader answers = new BufferedReader(new InputStreamReader(new ChunkedBody(in),
                    StandardCharsets.UTF_8))) {
                for (int i = 0; i < LINES; i++) {
                    String answer = answers.readLine();
                    String prefix = "{\"line\":" + (i + 1) + ",";
                    assertThat(answer).as("line %d", i + 1).startsWith(prefix);
                    assertThat("{" + answer.substring(prefix.length())).isEqualTo(expected[i % DISTINCT]);
                }
                assertThat(answers.readLine()).isNull();
            }
            sender.get(60, TimeUnit.SECONDS);
            long peak = server.peakResidentMiB();
            System.err.println("MillionCaseBatchIT: " + LINES + " lines; server peak resident memory " + peak
                    + " MiB with -Xmx96m");
            assertThat(peak).isLessThan(512);
            assertThat(server.stderr()).doesNotContain("OutOfMemoryError");
        }
    }

    /** The body of a chunked HTTP response as a plain stream. */
    private static final class ChunkedBody extends InputStream {
        private final DataInputStream in;
        private int left;
        private boolean done;

        ChunkedBody(DataInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                left = Integer.parseInt(BatchIT.line(in).strip(), 16);
                if (left == 0) {
                    BatchIT.line(in);
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n == -1) {
                throw new IOException("connection closed mid-chunk");
            }
            left -= n;
            if (left == 0) {
                BatchIT.line(in);
            }
            return n;
        }
    }
}
