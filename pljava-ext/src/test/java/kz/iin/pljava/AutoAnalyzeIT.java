package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A DBA's trip: auto-analyze of a table with an index on an {@code iin_*} expression computes statistics on that
 * expression, so the autovacuum worker starts a JVM, and PL/Java 1.6.9 logs its three-line JEP 411 advisory
 * there (in a background process it always does; -Djava.security.manager=allow does not silence it on Java 17,
 * only =disallow, which turns the sandbox off). {@code ALTER INDEX ... ALTER COLUMN 1 SET STATISTICS 0} keeps
 * auto-analyze out of Java: no JVM, no advisory.
 */
@Tag("slow")
class AutoAnalyzeIT {
    private static final String TABLE = "CREATE TABLE person (iin text NOT NULL);"
            + " CREATE INDEX person_birth_date ON person (iin.iin_birth_date(iin));";
    private static final String ROWS = "INSERT INTO person SELECT b || iin.iin_check_digit(b) FROM (SELECT to_char(date '1950-01-01'"
            + " + g % 15000, 'YYMMDD') || '3' || lpad((g / 15000)::text, 4, '0') AS b FROM generate_series(0, 9999) g) s"
            + " WHERE iin.iin_check_digit(b) IS NOT NULL";
    private static final String ADVISORY = "WARNING:  [JEP 411] migration advisory";

    @Test
    void autoAnalyzeStartsAJvmForAnIinExpressionIndexUnlessItsStatisticsAreOff() throws Exception {
        try (ThrowawayCluster pg = Extension.cluster("autovacuum_naptime = 1", "log_autovacuum_min_duration = 0")) {
            Extension.createDatabaseWithExtension(pg, "plain");
            pg.exec("plain", TABLE + ROWS);
            long worker = awaitAutoAnalyze(pg, "plain");
            awaitLogLine(pg, "[" + worker + "] " + ADVISORY);

            Extension.createDatabaseWithExtension(pg, "quiet");
            pg.exec("quiet", TABLE + " ALTER INDEX person_birth_date ALTER COLUMN 1 SET STATISTICS 0;" + ROWS);
            long quietWorker = awaitAutoAnalyze(pg, "quiet");
            // The advisory comes at the analyze's commit; a later run of that database's worker proves it is past.
            pg.exec("quiet", "INSERT INTO person SELECT * FROM person");
            awaitAutoAnalyzeCount(pg, "quiet", 2);
            assertThat(pg.serverLog()).doesNotContain("[" + quietWorker + "] " + ADVISORY);
            assertThat(pg.exec("quiet", "SELECT count(*) FROM pg_stats WHERE tablename = 'person_birth_date'"))
                    .as("the price: no statistics on the expression").isEqualTo("0\n");
            assertThat(pg.exec("plain", "SELECT count(*) FROM pg_stats WHERE tablename = 'person_birth_date'")).isEqualTo("1\n");
        }
    }

    /** The pid of the autovacuum worker that analyzed {@code database}'s person table first. */
    private static long awaitAutoAnalyze(ThrowawayCluster pg, String database) throws Exception {
        Pattern line = Pattern.compile("\\[(\\d+)\\] LOG:  automatic analyze of table \"" + database + "\\.public\\.person\"");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = line.matcher(pg.serverLog());
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no automatic analyze of " + database + ".public.person within 120 s");
    }

    private static void awaitAutoAnalyzeCount(ThrowawayCluster pg, String database, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Integer.parseInt(pg.exec(database, "SELECT autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'person'").strip()) >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " automatic analyzes of " + database + ".public.person within 120 s");
    }

    private static void awaitLogLine(ThrowawayCluster pg, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!pg.serverLog().contains(text)) {
            assertThat(System.nanoTime()).as("'" + text + "' in the server log within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
