package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;
import kz.iin.rules.json.CaseJson;

/** {@code POST /v1/decisions/batch}: JSON Lines both ways, in order, streamed, bad lines answered in place. */
class BatchIT {
    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void eachLineIsAnsweredInOrderAsIinDecideJsonlWritesIt() {
        Case[] cases = RandomCases.generate(500, 7);
        StringBuilder body = new StringBuilder();
        for (Case c : cases) {
            body.append(oneLine(c)).append('\n');
        }
        HttpResponse<String> r = service.post("/v1/decisions/batch", "application/x-ndjson", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/jsonl");
        String[] lines = r.body().split("\n", -1);
        assertThat(lines).hasSize(cases.length + 1);
        assertThat(lines[cases.length]).isEmpty();
        for (int i = 0; i < cases.length; i++) {
            assertThat(lines[i]).isEqualTo(CaseJson.writeLine(EligibilityService.shared().decide(cases[i]), i + 1));
        }
    }

    @Test
    void badLinesAreAnsweredAtTheirPlaceWithTheirLineNumberAndTheBatchGoesOn() {
        String good = oneLine(RandomCases.generate(1, 3)[0]);
        String body = "\uFEFF" + good + "\r\n"
                + "\n"
                + "{\"asOf\":\"2014-03-01\",\"applicant\":{\"iin\":\"900101300007\" \"x\"}}\n"
                + good.replace("\"asOf\"", "\"nickname\":\"900101300007\",\"asOf\"") + "\n"
                + "   \n"
                + good;
        HttpResponse<String> r = service.post("/v1/decisions/batch", "application/jsonl", body);
        assertThat(r.statusCode()).isEqualTo(200);
        List<JsonNode> out = lines(r.body());
        assertThat(out).extracting(n -> n.get("line").asLong()).containsExactly(1L, 3L, 4L, 6L);
        assertThat(out.get(0).has("findings")).isTrue();
        assertThat(out.get(1).get("error").asText()).startsWith("not a valid case: ").contains("malformed JSON");
        assertThat(out.get(2).get("error").asText()).startsWith("not a valid case: ");
        assertThat(out.get(3).has("findings")).isTrue();
        assertThat(r.body()).doesNotContain("900101300007");
    }

    @Test
    void aLineOverTheLimitIsAnErrorLineNotAFailure() {
        ServerConfig d = ServerConfig.defaults();
        try (Service small = Service.start(new ServerConfig(d.host(), 0, d.maxBodyBytes(), 1000, 4, 5, false),
                System.err)) {
            String good = oneLine(RandomCases.generate(1, 5)[0]);
            String body = good + "\n" + " ".repeat(5000) + good + "\n" + good + "\n";
            HttpResponse<String> r = small.post("/v1/decisions/batch", "application/jsonl", body);
            List<JsonNode> out = lines(r.body());
            assertThat(out).extracting(n -> n.get("line").asLong()).containsExactly(1L, 2L, 3L);
            assertThat(out.get(1).get("error").asText()).isEqualTo("line longer than 1000 bytes");
        }
    }

    @Test
    void answersStreamBackWhileTheRequestIsStillBeingSent() throws Exception {
        // The JDK's HttpClient sends the whole body before it reads (HTTP/1.1): a socket shows the streaming.
        Case[] cases = RandomCases.generate(3, 11);
        try (Socket socket = new Socket("127.0.0.1", service.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(("POST /v1/decisions/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/jsonl\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, oneLine(cases[0]) + "\n");
            assertThat(line(in)).isEqualTo("HTTP/1.1 200 OK");
            while (!line(in).isEmpty()) {
                // headers
            }
            // The first answer arrives before the rest of the request is written: nothing waits for the end.
            assertThat(chunks(in, 1)).isEqualTo(CaseJson.writeLine(EligibilityService.shared().decide(cases[0]), 1));
            chunk(out, oneLine(cases[1]) + "\n" + oneLine(cases[2]) + "\n");
            chunk(out, "");
            assertThat(chunks(in, 2)).isEqualTo(
                    CaseJson.writeLine(EligibilityService.shared().decide(cases[1]), 2) + "\n"
                    + CaseJson.writeLine(EligibilityService.shared().decide(cases[2]), 3));
        }
    }

    static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads response chunks until they hold {@code lines} whole lines; returns them without the last '\n'. */
    static String chunks(DataInputStream in, int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.chars().filter(c -> c == '\n').count() < lines) {
            int size = Integer.parseInt(line(in).strip(), 16);
            byte[] data = new byte[size];
            in.readFully(data);
            line(in);
            text.append(new String(data, StandardCharsets.UTF_8));
        }
        return text.substring(0, text.length() - 1);
    }

    static String line(DataInputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) {
                throw new IOException("connection closed");
            }
            b.append((char) c);
        }
        return b.toString().replace("\r", "");
    }

    @Test
    void aWrongContentTypeIs415() {
        DecisionsIT.problem(service.post("/v1/decisions/batch", "application/json", "{}"), 415);
    }

    static String oneLine(Case c) {
        return CaseJson.write(c).replace("\n", "");
    }

    static List<JsonNode> lines(String body) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            out.add(Service.json(line));
        }
        return out;
    }
}
