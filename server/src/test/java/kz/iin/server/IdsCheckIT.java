package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * {@code POST /v1/ids/check} answers, field for field, what the real {@code iin check --format json} prints for
 * the golden vectors (the CLI jar run as a process), in each of its modes.
 */
class IdsCheckIT {
    private static Service service;
    private static List<String> inputs;

    @BeforeAll
    static void start() throws IOException {
        service = Service.start();
        inputs = new ArrayList<>();
        inputs.addAll(golden("golden/iin.tsv"));
        inputs.addAll(golden("golden/bin.tsv"));
        inputs.addAll(List.of("900101 300 007", "9001-0130-0007", "", "1234567890123", "\u0669\u0660\u0660"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @ParameterizedTest(name = "iin check {0} = POST /v1/ids/check{1}")
    @CsvSource(delimiter = '|', value = {
        "--mask|''",
        "''|?mask=false",
        "--lenient --mask|?lenient=true",
        "--compact|?compact=true&mask=false",
    })
    void sameFieldsAsTheCommandLine(String cliOptions, String query, @TempDir Path dir) throws Exception {
        String jar = System.getProperty("iin.cli.jar", "");
        if (!Files.isRegularFile(Path.of(jar))) {
            System.err.println("SKIPPED: the command-line jar " + jar + " is not built (mvn -pl cli -am package)");
        }
        assumeTrue(Files.isRegularFile(Path.of(jar)), "the command-line jar is not built");
        Path file = dir.resolve("ids.txt");
        Files.writeString(file, String.join("\n", inputs) + "\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar, "check", "--format", "json", "-q"));
        for (String o : cliOptions.split(" ")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<JsonNode> expected = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                expected.add(Service.json(line));
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(expected).hasSize(inputs.size());

        ArrayNode body = Service.JSON.createArrayNode();
        inputs.forEach(body::add);
        HttpResponse<String> r = service.post("/v1/ids/check" + query, "application/json", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode actual = Service.json(r.body());
        assertThat(actual.size()).isEqualTo(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(actual.get(i)).as("input #%d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void oneStringGivesOneObjectMaskedByDefault() {
        HttpResponse<String> r = service.post("/v1/ids/check", "application/json", "\"900101300007\"");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode o = Service.json(r.body());
        assertThat(o.get("input").asText()).isEqualTo("********0007");
        assertThat(o.get("valid").asBoolean()).isTrue();
        assertThat(o.get("birth_date").asText()).isEqualTo("1990-01-01");
        assertThat(r.body()).doesNotContain("900101300007");
    }

    @Test
    void refusalsNeverRepeatTheNumbers() {
        JsonNode p = DecisionsIT.problem(service.post("/v1/ids/check", "application/json",
                "[\"900101300007\", 900101300007x]"), 400);
        assertThat(p.get("detail").asText()).startsWith("malformed JSON at line 1");
        assertThat(p.toString()).doesNotContain("900101300007");
        assertThat(DecisionsIT.problem(service.post("/v1/ids/check", "application/json", "[\"1\", 2]"), 400)
                .get("detail").asText()).isEqualTo("[1]: expected a string");
        DecisionsIT.problem(service.post("/v1/ids/check", "application/json", "{\"ids\": []}"), 400);
        DecisionsIT.problem(service.post("/v1/ids/check?mask=no", "application/json", "[]"), 400);
        DecisionsIT.problem(service.post("/v1/ids/check", "text/csv", "900101300007"), 415);
        ArrayNode many = Service.JSON.createArrayNode();
        for (int i = 0; i <= IdsCheckEndpoint.MAX_IDS; i++) {
            many.add("1");
        }
        DecisionsIT.problem(service.post("/v1/ids/check", "application/json", many.toString()), 400);
    }

    /** The golden vectors' inputs that a text file can carry, one per line. */
    private static List<String> golden(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = IdsCheckIT.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String input = unescape(line.split("\t", -1)[0]);
                if (input.indexOf('\n') < 0 && input.indexOf('\r') < 0 && !input.startsWith("\uFEFF")
                        && StandardCharsets.UTF_8.newEncoder().canEncode(input)) {
                    out.add(input);
                }
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                b.append('\\');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
