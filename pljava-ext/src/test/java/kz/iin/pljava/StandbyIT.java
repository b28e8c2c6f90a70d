package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A physical standby made by {@code pg_basebackup -R}, so with the primary's very postgresql.conf lines (the jar on
 * the class path): on the hot standby the functions answer exactly as on the primary, read-only, and the planner
 * uses the expression index; a write is refused; after {@code pg_promote()} inserts work and the domain still
 * refuses a bad value.
 */
@Tag("slow")
class StandbyIT {
    private static final String ROWS = "SELECT g, b || iin.iin_check_digit(b) FROM (SELECT g, to_char(date '1950-01-01' + g %% 15000, 'YYMMDD')"
            + " || '4' || lpad((g / 15000)::text, 4, '0') AS b FROM generate_series(%d, %d) g) s WHERE iin.iin_check_digit(b) IS NOT NULL";
    /** Everything the functions say about every row, and about junk, in one digest. */
    private static final String ANSWERS = "SELECT md5(string_agg(concat_ws(' ', id, iin, iin.iin_is_valid(iin), iin.iin_birth_date(iin),"
            + " iin.iin_sex(iin), iin.iin_error(overlay(iin placing 'x' from 3))), ',' ORDER BY id)) FROM person";

    @Test
    void hotStandbyAnswersAsThePrimaryRefusesWritesAndAfterPromotionTheDomainStillRefusesABadValue() throws Exception {
        try (ThrowawayCluster primary = Extension.cluster()) {
            Extension.createDatabaseWithExtension(primary, "bank");
            primary.exec("bank", "CREATE TABLE person (id int PRIMARY KEY, iin iin.iin NOT NULL);"
                    + " INSERT INTO person " + String.format(ROWS, 0, 59_999) + ";"
                    + " CREATE INDEX person_birth_date ON person (iin.iin_birth_date(iin)); ANALYZE person");
            String rows = primary.exec("bank", "SELECT count(*) FROM person");
            String answers = primary.exec("bank", ANSWERS);

            try (ThrowawayCluster standby = primary.startStandby()) {
                String lsn = primary.exec("bank", "SELECT pg_current_wal_lsn()").strip();
                awaitReplayed(standby, lsn);
                assertThat(standby.exec("bank", "SELECT pg_is_in_recovery()")).isEqualTo("t\n");
                assertThat(standby.exec("bank", "SELECT count(*) FROM person")).isEqualTo(rows);
                assertThat(standby.exec("bank", ANSWERS)).as("every answer equal to the primary's").isEqualTo(answers);
                assertThat(standby.exec("bank", "EXPLAIN (COSTS OFF) SELECT count(*) FROM person"
                        + " WHERE iin.iin_birth_date(iin) = date '1960-06-01'")).contains("person_birth_date");

                ThrowawayCluster.Result write = standby.psql("bank", "INSERT INTO person VALUES (-1, '900101300007')");
                assertThat(write.exitCode()).isNotZero();
                assertThat(write.output()).contains("cannot execute INSERT in a read-only transaction");

                assertThat(standby.exec("bank", "SELECT pg_promote(true, 60)")).isEqualTo("t\n");
                assertThat(standby.exec("bank", "SELECT pg_is_in_recovery()")).isEqualTo("f\n");
                standby.exec("bank", "INSERT INTO person VALUES (-1, '900101300007')");
                ThrowawayCluster.Result bad = standby.psql("bank", "INSERT INTO person VALUES (-2, '900101300008')");
                assertThat(bad.output()).contains("value for domain iin.iin violates check constraint \"iin_valid\"");
                assertThat(standby.exec("bank", "SELECT count(*) FROM person WHERE id < 0")).isEqualTo("1\n");
                assertThat(standby.serverLog()).doesNotContain("ClassNotFoundException").doesNotContain("terminated by signal");
            }
        }
    }

    private static void awaitReplayed(ThrowawayCluster standby, String lsn) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String caughtUp = "f";
        while (System.nanoTime() < deadline) {
            ThrowawayCluster.Result r = standby.psql("bank", "SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'", "-At");
            caughtUp = r.output().strip();
            if (r.exitCode() == 0 && caughtUp.equals("t")) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(caughtUp).as("standby replayed up to the primary's LSN within 120 s").isEqualTo("t");
    }
}
