package kz.iin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the shared golden vector files (golden/iin.tsv, golden/bin.tsv). */
final class GoldenVectors {
    private GoldenVectors() {
    }

    /** One row: column name to value, with the input's escapes decoded. */
    record Vector(Map<String, String> columns) {
        String input() {
            return columns.get("input");
        }

        String get(String column) {
            return columns.get(column);
        }

        @Override
        public String toString() {
            return get("note") + " [" + columns.get("input_escaped") + "]";
        }
    }

    static List<Vector> load(String resource) {
        try (InputStream in = GoldenVectors.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden vector file " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> header = null;
            List<Vector> vectors = new ArrayList<>();
            for (String line : lines) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.asList(cells);
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new IllegalStateException(resource + ": expected " + header.size() + " columns: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    row.put(header.get(i), cells[i]);
                }
                row.put("input_escaped", cells[0]);
                row.put("input", unescape(cells[0]));
                vectors.add(new Vector(row));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes the files' Java-style escapes: backslash-u plus four hex digits, and a doubled backslash. */
    static String unescape(String s) {
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
