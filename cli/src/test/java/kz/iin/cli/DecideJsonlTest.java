package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.iin.Iin;
import kz.iin.Sex;

/** {@code iin decide --jsonl}: order, error lines, exit status, summary. */
class DecideJsonlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IIN = Iin.firstAssignable(LocalDate.of(1975, 3, 4), Sex.MALE, 1).value();

    /** A citizen's case on one line; {@code photos} varies the decision, {@code asOf} tells lines apart. */
    private static String caseLine(String asOf, int photos) {
        return ("{\"asOf\":\"%s\",\"applicant\":{\"iin\":\"%s\",\"citizenship\":\"KZ\",\"birthDate\":\"1975-03-04\","
                + "\"sex\":\"M\"},\"document\":{\"type\":\"ID_CARD\",\"issued\":\"1996-05-20\",\"iinPrinted\":false},"
                + "\"application\":{\"surrendersPreviousDocuments\":true,\"governmentForCitizensOfficeAtResidence\":true,"
                + "\"submitted\":{\"ID_COPY\":1,\"ID_ORIGINAL\":1,\"ADDRESS_REFERENCE\":1,\"PHOTOS\":%d}}}")
                .formatted(asOf, IIN, photos);
    }

    /** A line too long to hold gets its error line too, as at the service's batch endpoint, and the run goes on. */
    @Test
    void aLineTooLongToHoldIsAnErrorLineAndTheRunGoesOn() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((caseLine("2014-03-01", 2) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[17 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        in.writeBytes(huge);
        in.writeBytes(("\n" + caseLine("2014-03-02", 2) + "\n").getBytes(StandardCharsets.UTF_8));

        Cli.Result r = Cli.piped(in.toByteArray(), "decide", "--jsonl", "-");

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).hasSize(3);
        assertThat(JSON.readTree(r.lines().get(0)).get("documentValid").booleanValue()).isFalse();
        assertThat(r.lines().get(1)).isEqualTo("{\"line\":2,\"error\":\"line longer than 16 MiB\"}");
        assertThat(JSON.readTree(r.lines().get(2)).get("line").longValue()).isEqualTo(3);
        assertThat(r.stderr()).contains("2 cases decided, 1 line refused");
    }

    @Test
    void oneDecisionPerLineInInputOrderWithErrorLinesAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte order mark before line 1
        int lines = 1500; // several blocks of work, decided on several threads
        for (int i = 1; i <= lines; i++) {
            String line;
            if (i == 7) {
                line = "{\"asOf\": \"2014-03-01\"}";
            } else if (i == 300) {
                line = "not json";
            } else if (i == 301) {
                line = "";
            } else {
                line = caseLine(LocalDate.of(2013, 1, 1).plusDays(i).toString(), i % 3);
            }
            in.write(line.getBytes(StandardCharsets.UTF_8));
            in.write(i == 5 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
        }
        in.write(new byte[] {'{', (byte) 0xC3, '}', '\n'}); // line 1501: not UTF-8
        Path file = Files.write(dir.resolve("cases.jsonl"), in.toByteArray());

        Cli.Result r = Cli.piped(new byte[0], "decide", "--jsonl", file.toString());

        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        r.assertNoStackTrace();
        List<String> out = r.lines();
        assertThat(out).hasSize(lines); // 1501 lines, one blank
        long previous = 0;
        for (String s : out) {
            JsonNode n = JSON.readTree(s);
            long line = n.get("line").longValue();
            assertThat(line).isGreaterThan(previous);
            previous = line;
            if (line == 7 || line == 300 || line == 1501) {
                assertThat(n.get("error").textValue()).as(s).isNotBlank();
                assertThat(n.has("documentValid")).isFalse();
            } else {
                assertThat(n.get("documentValid").booleanValue()).as(s).isFalse();
                int photos = (int) (line % 3);
                assertThat(n.get("missingDocuments").size()).as(s).isEqualTo(photos >= 2 ? 0 : 1);
            }
        }
        assertThat(JSON.readTree(out.get(6)).get("error").textValue())
                .isEqualTo("not a valid case: applicant: required");
        assertThat(JSON.readTree(out.get(out.size() - 1)).get("error").textValue()).isEqualTo("not valid UTF-8");
        assertThat(r.out()).doesNotContain(IIN);
        assertThat(r.stderr()).contains("1497 cases decided, 3 lines refused (not valid cases), 1 blank line skipped")
                .contains("cases/s");
    }

    @Test
    void readsStdinAndExitsZeroWhenEveryLineIsACase() {
        String input = caseLine("2014-03-01", 2) + "\n" + caseLine("2010-03-01", 1) + "\n";

        Cli.Result r = Cli.piped(input.getBytes(StandardCharsets.UTF_8), "decide", "--jsonl", "-");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).startsWith("{\"line\":1,\"documentValid\":false,");
        assertThat(r.lines().get(1)).startsWith("{\"line\":2,\"documentValid\":true,");
        assertThat(r.stderr()).contains("2 cases decided, 0 lines refused");
    }

    @Test
    void explainDoesNotGoWithJsonl() {
        Cli.Result r = Cli.piped(new byte[0], "decide", "--jsonl", "--explain", "-");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.stderr()).contains("--explain, --jsonl are mutually exclusive");
        r.assertNoStackTrace();
    }
}
