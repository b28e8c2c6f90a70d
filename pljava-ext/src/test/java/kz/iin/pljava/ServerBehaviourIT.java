package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Install and uninstall scripts, backup and restore, misconfiguration and the parallel-safety
 * label, against a private cluster. Each test uses its own database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerBehaviourIT {
    private PgCluster pg;

    @BeforeAll
    void start() throws Exception {
        PgCluster.assumeAvailable();
        pg = PgCluster.start(PgCluster.recommendedVmOptions());
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void installTwiceThenUninstallTwiceLeavesNothingBehind() throws Exception {
        pg.createDatabase("inst");
        assertThat(pg.install("inst").output()).contains("iin-pljava 0.1.0 installed in schema iin");
        assertThat(pg.install("inst").output()).contains("iin-pljava 0.1.0 installed in schema iin");
        assertThat(count("inst", "SELECT count(*) FROM pg_proc WHERE pronamespace = 'iin'::regnamespace"))
                .isEqualTo(20);
        assertThat(count("inst", "SELECT count(*) FROM sqlj.jar_repository")).isEqualTo(1);

        for (int i = 0; i < 2; i++) {
            PgCluster.Result r = pg.psqlFile("inst", PgCluster.sqlDir().resolve("uninstall.sql"), Map.of());
            assertThat(r.exitCode()).as(r.output()).isZero();
        }
        assertThat(count("inst", "SELECT count(*) FROM pg_namespace WHERE nspname = 'iin'")).isZero();
        assertThat(count("inst", "SELECT count(*) FROM pg_type WHERE typname IN ('iin_info', 'bin_info')")).isZero();
        assertThat(count("inst", "SELECT count(*) FROM sqlj.jar_repository")).isZero();
        assertThat(count("inst", "SELECT count(*) FROM sqlj.classpath_entry")).isZero();
        assertThat(pg.install("inst").output()).contains("installed in schema iin");
    }

    @Test
    void uninstallRefusesWhileAColumnUsesTheDomainAndLosesNothing() throws Exception {
        pg.createDatabase("inuse");
        pg.install("inuse");
        exec("inuse", "CREATE TABLE t (id iin.iin NOT NULL)", "INSERT INTO t VALUES ('900101300007')");
        PgCluster.Result r = pg.psqlFile("inuse", PgCluster.sqlDir().resolve("uninstall.sql"), Map.of());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("iin-pljava is still in use; nothing was removed")
                .contains("column id of table public.t");
        assertThat(count("inuse", "SELECT count(*) FROM t WHERE iin.iin_is_valid(id)")).isEqualTo(1);
    }

    @Test
    void onlyASuperuserInstalls() throws Exception {
        pg.createDatabase("nosuper");
        exec("nosuper", "CREATE ROLE app LOGIN", "GRANT CREATE ON DATABASE nosuper TO app");
        PgCluster.Result r = pg.psqlFile("nosuper", PgCluster.sqlDir().resolve("install.sql"),
                Map.of("jar_url", "file:" + pg.jar), "-U", "app");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("only a superuser may install it; app is not one");
        assertThat(count("nosuper", "SELECT count(*) FROM pg_namespace WHERE nspname IN ('iin', 'sqlj')")).isZero();
    }

    @Test
    void refusesToAdoptASchemaIinItDidNotCreate() throws Exception {
        pg.createDatabase("squat");
        exec("squat", "CREATE ROLE squatter", "CREATE SCHEMA iin AUTHORIZATION squatter",
                "CREATE FUNCTION iin.iin_is_valid(text) RETURNS boolean LANGUAGE sql AS 'SELECT true'");
        PgCluster.Result r = pg.psqlFile("squat", PgCluster.sqlDir().resolve("install.sql"),
                Map.of("jar_url", "file:" + pg.jar));
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("schema iin already exists but was not created by iin-pljava");
        // One transaction: not even the pljava extension stayed behind.
        assertThat(count("squat", "SELECT count(*) FROM pg_extension WHERE extname = 'pljava'")).isZero();
    }

    @Test
    void missingJarOrWrongLibjvmIsReportedWithWhatToFix() throws Exception {
        pg.createDatabase("nojar");
        PgCluster.Result noJar = pg.psqlFile("nojar", PgCluster.sqlDir().resolve("install.sql"),
                Map.of("jar_url", "file:/nonexistent/iin-pljava.jar"));
        assertThat(noJar.exitCode()).isNotZero();
        assertThat(noJar.output()).contains("the jar named by jar_url does not exist on the server")
                .contains("readable by the PostgreSQL server's OS user");

        PgCluster.Result noUrl = pg.psqlFile("nojar", PgCluster.sqlDir().resolve("install.sql"), Map.of());
        assertThat(noUrl.exitCode()).isNotZero();
        assertThat(noUrl.output()).contains("Usage: psql -v jar_url=file:");

        pg.createDatabase("badjvm");
        exec("badjvm", "ALTER DATABASE badjvm SET pljava.libjvm_location TO '/nonexistent/libjvm.so'");
        PgCluster.Result badJvm = pg.psqlFile("badjvm", PgCluster.sqlDir().resolve("install.sql"),
                Map.of("jar_url", "file:" + pg.jar));
        assertThat(badJvm.exitCode()).isNotZero();
        assertThat(badJvm.output()).contains("pljava.libjvm_location is unset or names no file on the server")
                .contains("ALTER DATABASE <db> SET pljava.libjvm_location");
        assertThat(count("badjvm", "SELECT count(*) FROM pg_extension WHERE extname = 'pljava'")).isZero();
    }

    @Test
    void functionsFailCleanlyWhenTheJvmCannotStartAndTheServerStaysUp() throws Exception {
        pg.createDatabase("lostjvm");
        pg.install("lostjvm");
        exec("lostjvm", "ALTER DATABASE lostjvm SET pljava.libjvm_location TO '/nonexistent/libjvm.so'");
        PgCluster.Result r = pg.psql("lostjvm", "SELECT iin.iin_is_valid('900101300007')");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("/nonexistent/libjvm.so: cannot open shared object file")
                .contains("SET pljava.libjvm_location TO the correct path")
                .contains("cannot use PL/Java before successfully completing its setup");
        exec("lostjvm", "ALTER DATABASE lostjvm RESET pljava.libjvm_location");
        assertThat(pg.serverLog()).as("no backend crashed, the cluster did not restart")
                .doesNotContain("terminated by signal").doesNotContain("terminating any other active server processes");
        assertThat(count("lostjvm", "SELECT count(*) FILTER (WHERE iin.iin_is_valid('900101300007'))")).isEqualTo(1);
    }

    @Test
    void aLostClassPathFailsCleanlyAndRunningInstallAgainRepairsIt() throws Exception {
        pg.createDatabase("repair");
        pg.install("repair");
        exec("repair", "SELECT sqlj.set_classpath('iin', NULL)");
        PgCluster.Result broken = pg.psql("repair", "SELECT iin.iin_is_valid('900101300007')");
        assertThat(broken.exitCode()).isNotZero();
        assertThat(broken.output()).contains("ClassNotFoundException: kz.iin.pljava.IinFunctions");
        assertThat(pg.install("repair").output()).contains("installed in schema iin");
        assertThat(count("repair", "SELECT count(*) FILTER (WHERE iin.iin_is_valid('900101300007'))")).isEqualTo(1);
        assertThat(pg.serverLog()).doesNotContain("terminated by signal");
    }

    @Test
    void dumpOfATableWithDomainColumnsRestoresEveryRowIntoAFreshDatabase() throws Exception {
        pg.createDatabase("dumpsrc");
        pg.install("dumpsrc");
        exec("dumpsrc",
                "CREATE TABLE people (id int PRIMARY KEY, iin iin.iin NOT NULL UNIQUE, employer iin.bin)",
                "INSERT INTO people SELECT row_number() OVER (), b || iin.iin_check_digit(b),"
                        + " CASE WHEN random() < 0.5 THEN iin.bin_generate(date '2005-01-01', 'RESIDENT', 'BRANCH', 7) END"
                        + " FROM (SELECT to_char(date '1950-01-01' + g, 'YYMMDD') || '4' || lpad((g % 9999)::text, 4, '0') AS b"
                        + " FROM generate_series(0, 17999) g) s WHERE iin.iin_check_digit(b) IS NOT NULL");
        long rows = count("dumpsrc", "SELECT count(*) FROM people");
        String digest = "SELECT md5(string_agg(id || ':' || iin || ':' || coalesce(employer, '-'), ',' ORDER BY id)) FROM people";
        String before = text("dumpsrc", digest);
        assertThat(rows).isGreaterThan(17000);

        Path dump = pg.dir.resolve("people.dump");
        PgCluster.Result d = pg.client("pg_dump", List.of("-Fc", "-t", "public.people", "-f", dump.toString(), "dumpsrc"));
        assertThat(d.exitCode()).as(d.output()).isZero();

        pg.createDatabase("dumpdst");
        pg.install("dumpdst");
        PgCluster.Result r = pg.client("pg_restore", List.of("--exit-on-error", "-d", "dumpdst", dump.toString()));
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(count("dumpdst", "SELECT count(*) FROM people")).isEqualTo(rows);
        assertThat(text("dumpdst", digest)).isEqualTo(before);
        assertThat(text("dumpdst", "SELECT format_type(atttypid, NULL) FROM pg_attribute"
                + " WHERE attrelid = 'people'::regclass AND attname = 'iin'")).isEqualTo("iin.iin");
        assertThatThrownBy(() -> exec("dumpdst", "INSERT INTO people VALUES (0, '900101300008')"))
                .hasMessageContaining("iin_valid");

        // A whole-database dump restored naively loads table data before PL/Java's jar rows: it fails
        // loudly (pg_restore reports the error), it does not lose rows silently.
        Path whole = pg.dir.resolve("whole.dump");
        assertThat(pg.client("pg_dump", List.of("-Fc", "-f", whole.toString(), "dumpsrc")).exitCode()).isZero();
        pg.createDatabase("wholedst");
        exec("wholedst", "ALTER DATABASE wholedst SET pljava.libjvm_location TO '" + PgCluster.libjvm() + "'");
        PgCluster.Result naive = pg.client("pg_restore", List.of("-d", "wholedst", whole.toString()));
        assertThat(naive.exitCode()).isNotZero();
        assertThat(naive.output()).contains("COPY failed for table \"people\"");
    }

    @Test
    void restrictedLabelMakesAColdWritingParallelStatementFailWhichIsWhyTheFunctionsAreUnsafe() throws Exception {
        pg.createDatabase("par");
        pg.install("par");
        exec("par", "CREATE TABLE c AS SELECT iin.iin_generate(date '1950-01-01' + g, 'F', 0) AS iin"
                + " FROM generate_series(0, 17999) g WHERE iin.iin_check_digit(to_char(date '1950-01-01' + g, 'YYMMDD') || '40000') IS NOT NULL",
                "CREATE SCHEMA par_restricted",
                "SELECT sqlj.set_classpath('par_restricted', 'iin_pljava')",
                "CREATE FUNCTION par_restricted.iin_is_valid(text) RETURNS boolean LANGUAGE java IMMUTABLE STRICT"
                        + " PARALLEL RESTRICTED AS 'boolean=kz.iin.pljava.IinFunctions.isValid(java.lang.String)'",
                "ANALYZE c");
        String force = "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"
                + " SET max_parallel_workers_per_gather = 2;";
        try (Connection c = pg.connect("par"); Statement s = c.createStatement()) {
            s.execute(force);
            assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE a1 AS"
                    + " SELECT count(*) FILTER (WHERE par_restricted.iin_is_valid(iin)) FROM c"))
                    .isInstanceOf(SQLException.class);
        }
        try (Connection c = pg.connect("par"); Statement s = c.createStatement()) {
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

    private void exec(String db, String... sql) throws SQLException {
        try (Connection c = pg.connect(db); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private long count(String db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private String text(String db, String sql) throws SQLException {
        try (Connection c = pg.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
