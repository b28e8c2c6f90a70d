package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;

/**
 * 1,000,000 generated strings through the SQL functions and through core in this JVM: every answer
 * of iin_is_valid, iin_error, iin_has_valid_check_digit, bin_is_valid and bin_error must be equal.
 * The strings go in with one COPY and come back in one streamed, ordered SELECT.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialIT {
    private static final int N = 1_000_000;
    private static final String JUNK = "０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۹०९ -+.,aZ\u00a0\u00b2\u0301\u200b\u202f\t\n\r\\\u0001\u007f";
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster();
        Extension.createDatabaseWithExtension(pg, "diff");
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void sqlAgreesWithCoreOnAMillionStrings() throws Exception {
        List<String> inputs = corpus(new Random(20261124L));
        try (Connection c = Extension.connect(pg, "diff")) {
            c.createStatement().execute("CREATE UNLOGGED TABLE strings (id int PRIMARY KEY, s text NOT NULL)");
            StringBuilder copy = new StringBuilder(N * 16);
            for (int i = 0; i < inputs.size(); i++) {
                copy.append(i).append('\t').append(copyEscape(inputs.get(i))).append('\n');
            }
            long loaded = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY strings FROM STDIN", new StringReader(copy.toString()));
            assertThat(loaded).isEqualTo(N);

            c.setAutoCommit(false);
            int mismatches = 0;
            int validIin = 0;
            int validBin = 0;
            int seen = 0;
            List<String> examples = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(20_000);
                try (ResultSet rs = s.executeQuery("SELECT id, s, iin.iin_is_valid(s), iin.iin_error(s),"
                        + " iin.iin_has_valid_check_digit(s), iin.bin_is_valid(s), iin.bin_error(s)"
                        + " FROM strings ORDER BY id")) {
                    while (rs.next()) {
                        int id = rs.getInt(1);
                        String in = inputs.get(id);
                        String back = rs.getString(2);
                        assertThat(hex(back)).as("round trip of string %d", id).isEqualTo(hex(in));
                        boolean same = rs.getBoolean(3) == Iin.isValid(in)
                                && Objects.equals(rs.getString(4), Iin.check(in).map(IdError::name).orElse(null))
                                && rs.getBoolean(5) == TaxpayerId.hasValidCheckDigit(in)
                                && rs.getBoolean(6) == Bin.isValid(in)
                                && Objects.equals(rs.getString(7), Bin.check(in).map(IdError::name).orElse(null));
                        if (!same) {
                            mismatches++;
                            if (examples.size() < 10) {
                                examples.add(id + ": " + TaxpayerId.mask(in) + " sql=" + rs.getString(4) + "/"
                                        + rs.getString(7) + " java=" + Iin.check(in) + "/" + Bin.check(in));
                            }
                        }
                        validIin += Iin.isValid(in) ? 1 : 0;
                        validBin += Bin.isValid(in) ? 1 : 0;
                        seen++;
                    }
                }
            }
            c.commit();
            assertThat(seen).isEqualTo(N);
            assertThat(examples).as("%d mismatches", mismatches).isEmpty();
            assertThat(mismatches).isZero();
            // The corpus is not trivially invalid: both kinds well represented.
            assertThat(validIin).isBetween(250_000, 500_000);
            assertThat(validBin).isBetween(80_000, 200_000);
        }
    }

    /** Valid numbers of both kinds, their one-digit mutations and swaps, random digits, junk. */
    static List<String> corpus(Random r) {
        List<String> out = new ArrayList<>(N);
        while (out.size() < N) {
            int kind = r.nextInt(100);
            if (kind < 30) {
                out.add(randomIin(r));
            } else if (kind < 40) {
                out.add(randomBin(r));
            } else if (kind < 60) {
                out.add(mutate(r, r.nextBoolean() ? randomIin(r) : randomBin(r)));
            } else if (kind < 75) {
                out.add(digits(r, 12));
            } else if (kind < 85) {
                out.add(digits(r, r.nextInt(21)));
            } else {
                String junk = junk(r, r.nextBoolean() ? randomIin(r) : digits(r, 8 + r.nextInt(8)));
                if (representableInPostgres(junk)) { // an edit may split a surrogate pair
                    out.add(junk);
                }
            }
        }
        return out;
    }

    private static String randomIin(Random r) {
        LocalDate date = LocalDate.of(1800, 1, 1).plusDays(r.nextInt(109_572));
        try {
            return Iin.firstAssignable(date, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, r.nextInt(9_000)).value();
        } catch (IllegalArgumentException e) {
            return digits(r, 12);
        }
    }

    private static String randomBin(Random r) {
        YearMonth month = YearMonth.of(1990, 1).plusMonths(r.nextInt(1_200));
        EntityType type = EntityType.values()[r.nextInt(EntityType.values().length)];
        Division division = Division.values()[r.nextInt(Division.values().length)];
        try {
            return Bin.firstAssignable(month, type, division, r.nextInt(90_000)).value();
        } catch (IllegalArgumentException e) {
            return digits(r, 12);
        }
    }

    private static String mutate(Random r, String s) {
        char[] c = s.toCharArray();
        int i = r.nextInt(c.length);
        if (r.nextBoolean() && i < c.length - 1) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        } else {
            c[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(c);
    }

    private static String digits(Random r, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(c);
    }

    private static String junk(Random r, String base) {
        StringBuilder b = new StringBuilder(base);
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = r.nextInt(b.length() + 1);
            if (r.nextInt(8) == 0) {
                b.insert(at, "\uD83D\uDE00");
            } else if (r.nextBoolean() && at < b.length()) {
                b.setCharAt(at, JUNK.charAt(r.nextInt(JUNK.length())));
            } else {
                b.insert(at, JUNK.charAt(r.nextInt(JUNK.length())));
            }
        }
        return b.toString();
    }

    private static String hex(String s) {
        return s.chars().mapToObj(Integer::toHexString).toList().toString();
    }

    private static String copyEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** PostgreSQL text holds no NUL, and UTF-8 has no encoding for a lone surrogate. */
    private static boolean representableInPostgres(String s) {
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
