package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * CREATE EXTENSION in fresh databases: listed, answering, refusing a squatted schema, saying what to fix
 * when the class path or the JVM is wrong, and the parallel-safety label. Each test uses its own database.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerBehaviourIT {
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster();
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void createExtensionInAFreshDatabaseIsListedAndAnswers() {
        pg.createDatabase("fresh");
        ThrowawayCluster.Result r = pg.psql("fresh", "CREATE EXTENSION iin CASCADE");
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("installing required extension \"pljava\"").contains("CREATE EXTENSION");
        assertThat(pg.psql("fresh", "\\dx iin").output()).containsPattern("iin +\\| 0\\.3\\.0 +\\| iin +\\| Kazakhstan IIN/BIN");
        assertThat(pg.exec("fresh", "SELECT count(*) FROM pg_proc WHERE pronamespace = 'iin'::regnamespace")).isEqualTo("21\n");
        assertThat(pg.exec("fresh", "SELECT iin.iin_decode('900101300007')")).isEqualTo("(1990-01-01,M,1900,0,7)\n");
        assertThat(pg.exec("fresh", "SELECT count(*) FROM sqlj.jar_repository")).as("nothing stored in sqlj").isEqualTo("0\n");
    }

    @Test
    void refusesASchemaIinOwnedByANonSuperuser() {
        pg.exec("postgres", "CREATE ROLE squatter LOGIN");
        pg.exec("postgres", "CREATE DATABASE squat1 OWNER squatter");
        // The database owner may create schemas: a look-alike that says yes to everything.
        pg.exec("squat1", "SET ROLE squatter; CREATE SCHEMA iin;"
                + " CREATE FUNCTION iin.iin_is_valid(varchar) RETURNS boolean LANGUAGE sql AS 'SELECT true'");
        assertRefused("squat1", "it is owned by squatter, who is not a superuser");
    }

    @Test
    void refusesASuperusersSchemaIinThatAlreadyHoldsObjects() {
        pg.createDatabase("squat2");
        pg.exec("squat2", "CREATE SCHEMA iin; CREATE FUNCTION iin.iin_is_valid(varchar) RETURNS boolean"
                + " LANGUAGE sql AS 'SELECT true'");
        assertRefused("squat2", "it already holds objects");
    }

    @Test
    void refusesASchemaIinOthersMayCreateIn() {
        pg.createDatabase("squat3");
        pg.exec("squat3", "CREATE ROLE planter; CREATE SCHEMA iin; GRANT CREATE ON SCHEMA iin TO planter");
        assertRefused("squat3", "roles other than its owner may create objects in it");
    }

    private void assertRefused(String db, String why) {
        ThrowawayCluster.Result r = pg.psql(db, "CREATE EXTENSION iin CASCADE");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("ERROR:  extension iin refuses the existing schema \"iin\": " + why)
                .contains("HINT:  Check what is in schema iin").contains("then run CREATE EXTENSION iin again");
        assertThat(pg.exec(db, "SELECT count(*) FROM pg_extension WHERE extname IN ('iin', 'pljava')"))
                .as("one transaction: not even pljava stayed").isEqualTo("0\n");
    }

    @Test
    void withoutTheJarOnTheClassPathCreateExtensionSaysWhatToDo() {
        pg.createDatabase("noclasspath");
        pg.exec("noclasspath", "ALTER DATABASE noclasspath SET pljava.vmoptions TO '-Xshare:auto'");
        ThrowawayCluster.Result r = pg.psql("noclasspath", "CREATE EXTENSION iin CASCADE");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("extension iin: its Java functions cannot run")
                .contains("ClassNotFoundException: kz.iin.pljava.IinFunctions")
                .contains("run java -jar iin-pljava.jar install as root, add the pljava.vmoptions line");
        assertThat(pg.exec("noclasspath", "SELECT count(*) FROM pg_extension WHERE extname = 'iin'")).isEqualTo("0\n");
    }

    @Test
    void functionsFailCleanlyWhenTheJvmCannotStartAndTheServerStaysUp() throws Exception {
        Extension.createDatabaseWithExtension(pg, "lostjvm");
        pg.exec("lostjvm", "ALTER DATABASE lostjvm SET pljava.libjvm_location TO '/nonexistent/libjvm.so'");
        ThrowawayCluster.Result r = pg.psql("lostjvm", "SELECT iin.iin_is_valid('900101300007')");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("/nonexistent/libjvm.so: cannot open shared object file")
                .contains("cannot use PL/Java before successfully completing its setup");
        pg.exec("lostjvm", "ALTER DATABASE lostjvm RESET pljava.libjvm_location");
        assertThat(pg.serverLog()).as("no backend crashed, the cluster did not restart")
                .doesNotContain("terminated by signal").doesNotContain("terminating any other active server processes");
        assertThat(pg.exec("lostjvm", "SELECT iin.iin_is_valid('900101300007')")).isEqualTo("t\n");
    }

    @Test
    void restrictedLabelMakesAColdWritingParallelStatementFailWhichIsWhyTheFunctionsAreUnsafe() throws Exception {
        Extension.createDatabaseWithExtension(pg, "par");
        pg.exec("par", "CREATE TABLE c AS SELECT iin.iin_generate(date '1950-01-01' + g, 'F', 0) AS iin"
                + " FROM generate_series(0, 17999) g WHERE iin.iin_check_digit(to_char(date '1950-01-01' + g, 'YYMMDD') || '40000') IS NOT NULL;"
                + " CREATE SCHEMA par_restricted;"
                + " CREATE FUNCTION par_restricted.iin_is_valid(text) RETURNS boolean LANGUAGE java IMMUTABLE STRICT"
                + " PARALLEL RESTRICTED AS 'boolean=kz.iin.pljava.IinFunctions.isValid(java.lang.String)';"
                + " ANALYZE c");
        String force = "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"
                + " SET max_parallel_workers_per_gather = 2;";
        try (Connection c = Extension.connect(pg, "par"); Statement s = c.createStatement()) {
            s.execute(force);
            assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE a1 AS"
                    + " SELECT count(*) FILTER (WHERE par_restricted.iin_is_valid(iin)) FROM c"))
                    .isInstanceOf(SQLException.class);
        }
        try (Connection c = Extension.connect(pg, "par"); Statement s = c.createStatement()) {
            s.execute(force);
            s.execute("CREATE TEMP TABLE a2 AS SELECT count(*) FILTER (WHERE iin.iin_is_valid(iin)) AS n FROM c");
            try (ResultSet rs = s.executeQuery("SELECT n = (SELECT count(*) FROM c) FROM a2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("shipped UNSAFE label: serial plan, right answer").isTrue();
            }
        }
        assertThat(pg.serverLog()).doesNotContain("terminated by signal")
                .doesNotContain("terminating any other active server processes");
    }
}
