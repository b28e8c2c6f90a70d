package kz.iin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Core's golden vectors (from the iin-core test jar), shared by every layer's tests. */
final class Golden {
    /** One vector: input with escapes decoded, strict and lenient reasons, and the decoded columns. */
    record Row(String input, String reason, String lenientReason, String a, String b, String c) {
    }

    private Golden() {
    }

    /** iin.tsv: a = birth_date, b = sex. */
    static List<Row> iinRows() {
        return read("golden/iin.tsv");
    }

    /** bin.tsv: a = registered, b = type, c = division. */
    static List<Row> binRows() {
        return read("golden/bin.tsv");
    }

    private static List<Row> read(String resource) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath (iin-core test jar)");
            }
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(unescape(f[0]), f[1], f[2], f[3], f[4], f[5]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
