package kz.iin.pljava;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import kz.iin.GoldenVectors;

/**
 * Loads core's golden vectors (read by core's reader from its test jar) into tables golden_iin and
 * golden_bin, so the SQL tests check the very same vectors as the Java tests. Inputs PostgreSQL text
 * cannot hold (NUL, unpaired surrogates) go to golden_skipped with their note instead.
 */
final class GoldenTables {
    private GoldenTables() {
    }

    static void load(Connection c) throws SQLException {
        c.createStatement().execute("CREATE TABLE golden_skipped (kind text, line int, note text)");
        c.createStatement().execute("CREATE TABLE golden_iin (line int, input text, reason text,"
                + " lenient_reason text, birth_date date, sex text, century int, serial int, note text)");
        c.createStatement().execute("CREATE TABLE golden_bin (line int, input text, reason text,"
                + " lenient_reason text, registered text, type text, division text, serial int, note text)");
        loadFile(c, "iin.tsv", "golden_iin", "IIN");
        loadFile(c, "bin.tsv", "golden_bin", "BIN");
    }

    private static void loadFile(Connection c, String file, String table, String kind) throws SQLException {
        List<GoldenVectors.Vector> rows = file.equals("iin.tsv") ? GoldenVectors.iin() : GoldenVectors.bin();
        String decoded = kind.equals("IIN")
                ? "nullif(?, '')::date, nullif(?, ''), nullif(?, '')::int"
                : "nullif(?, ''), nullif(?, ''), nullif(?, '')";
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table
                + " VALUES (?, ?, nullif(?, ''), nullif(?, ''), " + decoded + ", nullif(?, '')::int, ?)");
             PreparedStatement skip = c.prepareStatement("INSERT INTO golden_skipped VALUES (?, ?, ?)")) {
            for (int i = 1; i <= rows.size(); i++) {
                GoldenVectors.Vector v = rows.get(i - 1);
                if (!representableInPostgres(v.input())) {
                    skip.setString(1, kind);
                    skip.setInt(2, i);
                    skip.setString(3, v.note());
                    skip.executeUpdate();
                    continue;
                }
                ins.setInt(1, i);
                for (int col = 0; col < 8; col++) {
                    ins.setString(col + 2, v.get(v.columns().get(col)));
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
}
