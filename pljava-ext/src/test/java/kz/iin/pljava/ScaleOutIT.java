package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scale-out with PostgreSQL's own machinery: a coordinator whose partitioned table has postgres_fdw foreign
 * tables on two shard clusters as partitions, every node with the extension. Inserts through the parent are
 * routed; a shard's own domain refuses a bad IIN; with the server option {@code extensions 'iin'} a WHERE on
 * an iin function is shipped to the shards (EXPLAIN VERBOSE's Remote SQL), without it it is not.
 */
@Tag("slow")
class ScaleOutIT {

    @Test
    void partitionsOnTwoShardsRouteInsertsRefuseBadValuesAndShipIinFunctions() throws Exception {
        try (ThrowawayCluster shard1 = Extension.cluster(); ThrowawayCluster shard2 = Extension.cluster();
             ThrowawayCluster coordinator = Extension.cluster()) {
            for (ThrowawayCluster shard : new ThrowawayCluster[] {shard1, shard2}) {
                Extension.createDatabaseWithExtension(shard, "shard");
                shard.exec("shard", "CREATE TABLE people (id int PRIMARY KEY, region int NOT NULL, iin iin.iin NOT NULL)");
            }
            Extension.createDatabaseWithExtension(coordinator, "app");
            coordinator.exec("app", "CREATE EXTENSION postgres_fdw;"
                    + server("shard1", shard1) + server("shard2", shard2)
                    + " CREATE TABLE people (id int NOT NULL, region int NOT NULL, iin iin.iin NOT NULL) PARTITION BY LIST (region);"
                    + " CREATE FOREIGN TABLE people_1 PARTITION OF people FOR VALUES IN (1) SERVER shard1 OPTIONS (table_name 'people');"
                    + " CREATE FOREIGN TABLE people_2 PARTITION OF people FOR VALUES IN (2) SERVER shard2 OPTIONS (table_name 'people');"
                    + " INSERT INTO people SELECT g, 1 + g % 2, b || iin.iin_check_digit(b)"
                    + " FROM (SELECT g, to_char(date '1970-01-01' + g, 'YYMMDD') || '3' || lpad(g::text, 4, '0') AS b"
                    + " FROM generate_series(1, 2000) g) s WHERE iin.iin_check_digit(b) IS NOT NULL");
            long total = Long.parseLong(coordinator.exec("app", "SELECT count(*) FROM people").strip());
            assertThat(total).isGreaterThan(1500);
            assertThat(Long.parseLong(shard1.exec("shard", "SELECT count(*) FROM people WHERE region = 1").strip())
                    + Long.parseLong(shard2.exec("shard", "SELECT count(*) FROM people WHERE region = 2").strip()))
                    .as("every row routed to its shard").isEqualTo(total);
            assertThat(shard1.exec("shard", "SELECT count(*) FROM people WHERE region <> 1")).isEqualTo("0\n");

            // Through a foreign table declared as text, the coordinator checks nothing: the shard's domain refuses.
            coordinator.exec("app", "CREATE FOREIGN TABLE people_1_text (id int, region int, iin text)"
                    + " SERVER shard1 OPTIONS (table_name 'people')");
            ThrowawayCluster.Result refused = coordinator.psql("app", "INSERT INTO people_1_text VALUES (-1, 1, '900101300008')");
            assertThat(refused.output()).contains("ERROR:  value for domain iin.iin violates check constraint \"iin_valid\"")
                    .contains("remote SQL command: INSERT INTO public.people");
            assertThat(shard1.exec("shard", "SELECT count(*) FROM people WHERE id = -1")).isEqualTo("0\n");

            String query = "EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM people"
                    + " WHERE iin.iin_is_valid(iin) AND iin.iin_birth_date(iin) < date '1972-01-01'";
            String notShipped = coordinator.exec("app", "ALTER SERVER shard1 OPTIONS (DROP extensions);"
                    + " ALTER SERVER shard2 OPTIONS (DROP extensions);" + query);
            assertThat(notShipped).as("without extensions 'iin' the filter runs on the coordinator")
                    .contains("Filter: (iin.iin_is_valid((people_1.iin)::text)").doesNotContain("WHERE ((iin.iin_is_valid");
            String shipped = coordinator.exec("app", "ALTER SERVER shard1 OPTIONS (ADD extensions 'iin');"
                    + " ALTER SERVER shard2 OPTIONS (ADD extensions 'iin');" + query);
            System.out.println("EXPLAIN VERBOSE with extensions 'iin':\n" + shipped);
            assertThat(shipped).contains("Remote SQL: SELECT NULL FROM public.people WHERE (iin.iin_is_valid(iin))")
                    .doesNotContain("Filter:");
            assertThat(coordinator.exec("app", "SELECT count(*) FROM people WHERE iin.iin_is_valid(iin)"
                    + " AND iin.iin_birth_date(iin) < date '1972-01-01'"))
                    .isEqualTo(coordinator.exec("app", "SELECT count(*) FROM people WHERE iin < '72'"));
        }
    }

    private static String server(String name, ThrowawayCluster shard) {
        return " CREATE SERVER " + name + " FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '" + shard.dir + "', port '"
                + shard.port + "', dbname 'shard', extensions 'iin');"
                + " CREATE USER MAPPING FOR postgres SERVER " + name + " OPTIONS (user 'postgres');";
    }
}
