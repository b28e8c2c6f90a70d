package kz.iin.pljava;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads core's golden vector files (core/src/test/resources/golden/*.tsv) into tables golden_iin and
 * golden_bin, so the SQL tests check the very same vectors as the Java tests. Inputs PostgreSQL text
 * cannot hold (NUL, unpaired surrogates) go to golden_skipped with their note instead.
 */
final class GoldenVectors {
    private GoldenVectors() {
    }

    static Path dir() {
        return Path.of(System.getProperty("iin.golden.dir", "../core/src/test/resources/golden"));
    }

    /** Rows of a golden file: header names, then one String[] per vector with escapes decoded. */
    static List<String[]> read(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir().resolve(file), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            cells[0] = unescape(cells[0]);
            rows.add(cells);
        }
        return rows;
    }

    static void load(Connection c) throws IOException, SQLException {
        c.createStatement().execute("CREATE TABLE golden_skipped (kind text, line int, note text)");
        c.createStatement().execute("CREATE TABLE golden_iin (line int, input text, reason text,"
                + " lenient_reason text, birth_date date, sex text, century int, serial int, note text)");
        c.createStatement().execute("CREATE TABLE golden_bin (line int, input text, reason text,"
                + " lenient_reason text, registered text, type text, division text, serial int, note text)");
        loadFile(c, "iin.tsv", "golden_iin", "IIN");
        loadFile(c, "bin.tsv", "golden_bin", "BIN");
    }

    private static void loadFile(Connection c, String file, String table, String kind)
            throws IOException, SQLException {
        List<String[]> rows = read(file);
        String decoded = kind.equals("IIN")
                ? "nullif(?, '')::date, nullif(?, ''), nullif(?, '')::int"
                : "nullif(?, ''), nullif(?, ''), nullif(?, '')";
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table
                + " VALUES (?, ?, nullif(?, ''), nullif(?, ''), " + decoded + ", nullif(?, '')::int, ?)");
             PreparedStatement skip = c.prepareStatement("INSERT INTO golden_skipped VALUES (?, ?, ?)")) {
            for (int i = 1; i < rows.size(); i++) {
                String[] r = rows.get(i);
                if (!representableInPostgres(r[0])) {
                    skip.setString(1, kind);
                    skip.setInt(2, i);
                    skip.setString(3, r[7]);
                    skip.executeUpdate();
                    continue;
                }
                ins.setInt(1, i);
                for (int col = 0; col < 8; col++) {
                    ins.setString(col + 2, r[col]);
                }
                ins.executeUpdate();
            }
        }
    }

    /** PostgreSQL text holds no NUL, and UTF-8 has no encoding for a lone surrogate. */
    static boolean representableInPostgres(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 0) {
                return false;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
                if (next == 'u' && i + 5 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
            }
            out.append(ch);
        }
        return out.toString();
    }
}
