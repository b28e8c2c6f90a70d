package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Logical replication of a table with an {@code iin.iin} column between two clusters, both with the extension:
 * the initial table sync (a COPY on the subscriber, through the domain) and later inserts arrive; a bad value
 * is refused on the publisher and so never travels.
 */
@Tag("slow")
class ReplicationIT {
    private static final String ROWS = "SELECT g, b || iin.iin_check_digit(b) FROM (SELECT g, to_char(date '1960-01-01' + g, 'YYMMDD')"
            + " || '3' || lpad((g %% 9999)::text, 4, '0') AS b FROM generate_series(%d, %d) g) s WHERE iin.iin_check_digit(b) IS NOT NULL";

    @Test
    void initialSyncAndLaterInsertsArriveAndABadValueNeverLeavesThePublisher() throws Exception {
        try (ThrowawayCluster publisher = Extension.cluster("wal_level = logical");
             ThrowawayCluster subscriber = Extension.cluster()) {
            Extension.createDatabaseWithExtension(publisher, "pub");
            publisher.exec("pub", "CREATE TABLE people (id int PRIMARY KEY, iin iin.iin NOT NULL);"
                    + " INSERT INTO people " + String.format(ROWS, 0, 4999) + "; CREATE PUBLICATION people_pub FOR TABLE people");
            long initial = Long.parseLong(publisher.exec("pub", "SELECT count(*) FROM people").strip());

            Extension.createDatabaseWithExtension(subscriber, "sub");
            subscriber.exec("sub", "CREATE TABLE people (id int PRIMARY KEY, iin iin.iin NOT NULL)");
            subscriber.exec("sub", "CREATE SUBSCRIPTION people_sub CONNECTION '" + publisher.conninfo("pub") + "' PUBLICATION people_pub");
            waitForRows(subscriber, initial);

            publisher.exec("pub", "INSERT INTO people " + String.format(ROWS, 5000, 5999));
            long total = Long.parseLong(publisher.exec("pub", "SELECT count(*) FROM people").strip());
            assertThat(total).isGreaterThan(initial);
            waitForRows(subscriber, total);

            ThrowawayCluster.Result bad = publisher.psql("pub", "INSERT INTO people VALUES (-1, '900101300008')");
            assertThat(bad.output()).contains("violates check constraint \"iin_valid\"");
            publisher.exec("pub", "INSERT INTO people VALUES (-2, '900101300007')");
            waitForRows(subscriber, total + 1);
            assertThat(subscriber.exec("sub", "SELECT count(*) FROM people WHERE id = -1")).isEqualTo("0\n");
            assertThat(subscriber.exec("sub", "SELECT md5(string_agg(id || iin, ',' ORDER BY id)) FROM people"))
                    .isEqualTo(publisher.exec("pub", "SELECT md5(string_agg(id || iin, ',' ORDER BY id)) FROM people"));
            assertThat(subscriber.serverLog()).doesNotContain("ClassNotFoundException").doesNotContain("terminated by signal");
        }
    }

    private static void waitForRows(ThrowawayCluster subscriber, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        String count = "";
        while (System.nanoTime() < deadline) {
            count = subscriber.exec("sub", "SELECT count(*) FROM people").strip();
            if (Long.parseLong(count) == expected) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(Long.parseLong(count)).as("rows on the subscriber after 180 s").isEqualTo(expected);
    }
}
