package kz.iin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the shared golden vector files ({@code golden/iin.tsv}, {@code golden/bin.tsv}),
 * published in core's test jar so that every layer's tests (Java, SQL, rules, command line) read the same
 * vectors the same way.
 */
public final class GoldenVectors {
    private GoldenVectors() {
    }

    /**
     * One row of a golden file.
     *
     * @param columns the file's header names, in order
     * @param cells this row's cells, in the same order, the input still escaped
     */
    public record Vector(List<String> columns, List<String> cells) {
        /** The input with the files' escapes decoded. */
        public String input() {
            return unescape(cells.get(0));
        }

        /** The cell of a named column ("reason", "birth_date", ...); the input is returned decoded. */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + columns);
            }
            return index == 0 ? input() : cells.get(index);
        }

        /** Strict reason (an IdError name), empty when valid. */
        public String reason() {
            return get("reason");
        }

        /** Lenient (check digit only) reason, empty when it passes. */
        public String lenientReason() {
            return get("lenient_reason");
        }

        public String note() {
            return get("note");
        }

        @Override
        public String toString() {
            return note() + " [" + cells.get(0) + "]";
        }
    }

    public static List<Vector> iin() {
        return load("iin.tsv");
    }

    public static List<Vector> bin() {
        return load("bin.tsv");
    }

    static List<Vector> load(String file) {
        try (InputStream in = GoldenVectors.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IllegalStateException("golden/" + file + " is not on the class path (core's test jar)");
            }
            List<String> header = null;
            List<Vector> vectors = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                } else if (cells.size() != header.size()) {
                    throw new IllegalStateException(file + ": expected " + header.size() + " columns: " + line);
                } else {
                    vectors.add(new Vector(header, cells));
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes the files' Java-style escapes: backslash-u plus four hex digits, and a doubled backslash. */
    public static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (s.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return out.toString();
    }
}
