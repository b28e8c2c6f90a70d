package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Lines cut into blocks for the workers come back whole, in order and with their numbers: every row of an
 * input of many blocks (CRLF and LF, empty lines, bytes that are not UTF-8, lines longer than a block, a last
 * line without LF) equals the row the same line gives alone.
 */
class LineBlocksTest {
    @Test
    void everyLineOfAMixedInputGivesTheRowItGivesAlone() {
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> rare = List.of(new byte[0], new byte[] {'9', (byte) 0xFF, '0', (byte) 0xC3}, digits(random, 300_000),
                digits(random, 600_000), "ИИН 900101300007".getBytes(StandardCharsets.UTF_8));
        List<byte[]> common = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            common.add(digits(random, 12));
        }
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < 100_000; i++) {
            byte[] line = random.nextInt(2000) == 0 ? rare.get(random.nextInt(rare.size()))
                    : common.get(random.nextInt(common.size()));
            lines.add(line);
            input.writeBytes(line);
            input.writeBytes(random.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        byte[] last = "900101300007".getBytes(StandardCharsets.US_ASCII); // and a last line without LF
        lines.add(last);
        input.writeBytes(last);

        Cli.Result all = Cli.piped(input.toByteArray(), "check", "--format", "tsv", "--with-location", "-q", "-");

        List<String> rows = all.lines();
        assertThat(rows).hasSize(lines.size() + 1);
        Map<byte[], String> alone = new IdentityHashMap<>();
        long malformed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String row = alone.computeIfAbsent(lines.get(i), LineBlocksTest::alone);
            assertThat(rows.get(i + 1)).as("line %d", i + 1).isEqualTo(row.replaceFirst("\t1$", "\t" + (i + 1)));
            malformed += row.contains("\uFFFD") ? 1 : 0;
        }
        assertThat(malformed).as("the input has lines that are not UTF-8").isPositive();
        assertThat(Cli.piped(input.toByteArray(), "check", "--format", "tsv", "-").stderr())
                .contains(String.format("%,d lines were not valid UTF-8", malformed));
    }

    @Test
    void anotherEncodingGivesTheRowsOfTheSameTextInUtf8() {
        StringBuilder text = new StringBuilder();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 150_000; i++) { // about ten blocks, the Cyrillic and CRLF lines among them
            text.append(i % 97 == 0 ? "ИИН 900101300007" : new String(digits(random, 12), StandardCharsets.US_ASCII))
                    .append(i % 5 == 0 ? "\r\n" : "\n");
        }
        String utf8 = Cli.piped(text.toString().getBytes(StandardCharsets.UTF_8), "check", "--format", "tsv", "-").out();

        byte[] body = text.toString().getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2]; // with a byte order mark
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        assertThat(Cli.piped(utf16, "check", "--format", "tsv", "-").out()).isEqualTo(utf8);
        assertThat(Cli.piped(text.toString().getBytes(java.nio.charset.Charset.forName("windows-1251")), "check",
                "--format", "tsv", "--encoding", "windows-1251", "-").out()).isEqualTo(utf8);
    }

    @Test
    void bytesThatAreNotTextInAnotherEncodingNameTheirLineAfterTheRowsBeforeIt() {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < 100_000; i++) { // some blocks before it
            input.writeBytes("900101300007\n".getBytes(StandardCharsets.US_ASCII));
        }
        input.writeBytes(new byte[] {'1', (byte) 0x98, '\n'}); // 0x98 is no letter in windows-1251
        input.writeBytes("900101300007\n".getBytes(StandardCharsets.US_ASCII));

        Cli.Result r = Cli.piped(input.toByteArray(), "check", "--format", "tsv", "--encoding", "windows-1251", "-");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("stdin is not valid windows-1251: line 100001 has bytes that are not text");
        assertThat(r.lines()).hasSize(1 + 100_000);
    }

    /** The row of one line checked alone. */
    private static String alone(byte[] line) {
        byte[] oneLine = Arrays.copyOf(line, line.length + 1);
        oneLine[line.length] = '\n';
        return Cli.piped(oneLine, "check", "--format", "tsv", "--with-location", "-q", "-").lines().get(1);
    }

    private static byte[] digits(SplittableRandom random, int count) {
        byte[] digits = new byte[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (byte) ('0' + random.nextInt(10));
        }
        return digits;
    }
}
