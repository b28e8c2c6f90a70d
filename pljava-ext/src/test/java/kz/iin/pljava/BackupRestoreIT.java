package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Whole-database backups with PostgreSQL's own tools, restored into fresh databases and a second cluster:
 * every row comes back (counted and digested), the columns keep their domains and still refuse bad values.
 * With the jar on the class path nothing of the extension lives in table data, so restore order is moot.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {
    private static final String DIGEST = "SELECT count(*) || ' ' || md5(string_agg(id || ':' || iin || ':' || coalesce(employer, '-'),"
            + " ',' ORDER BY id)) FROM people";
    private ThrowawayCluster pg;
    private String before;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster();
        Extension.createDatabaseWithExtension(pg, "src");
        pg.exec("src", "CREATE TABLE people (id int PRIMARY KEY, iin iin.iin NOT NULL UNIQUE, employer iin.bin,"
                + " CONSTRAINT employer_checked CHECK (iin.bin_has_valid_check_digit(employer)));"
                + " CREATE INDEX people_birth ON people (iin.iin_birth_date(iin));"
                + " INSERT INTO people SELECT row_number() OVER (), b || iin.iin_check_digit(b),"
                + " CASE WHEN g % 2 = 0 THEN iin.bin_generate(date '2005-01-01', 'RESIDENT', 'BRANCH', 7) END"
                + " FROM (SELECT g, to_char(date '1950-01-01' + g, 'YYMMDD') || '4' || lpad((g % 9999)::text, 4, '0') AS b"
                + " FROM generate_series(0, 17999) g) s WHERE iin.iin_check_digit(b) IS NOT NULL");
        before = pg.exec("src", DIGEST);
        assertThat(Long.parseLong(before.split(" ")[0])).isGreaterThan(16_000);
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void customFormatDumpRestoredWithCreateBringsBackEveryRow() {
        Path dump = pg.dir.resolve("src.dump");
        ThrowawayCluster.Result d = pg.client("pg_dump", List.of("-Fc", "-f", dump.toString(), "src"));
        assertThat(d.exitCode()).as(d.output()).isZero();
        pg.exec("postgres", "ALTER DATABASE src RENAME TO src_kept");
        try {
            ThrowawayCluster.Result r = pg.client("pg_restore", List.of("--exit-on-error", "-C", "-d", "postgres", dump.toString()));
            assertThat(r.exitCode()).as(r.output()).isZero();
            assertRestored("src");
        } finally {
            pg.exec("postgres", "DROP DATABASE IF EXISTS src");
            pg.exec("postgres", "ALTER DATABASE src_kept RENAME TO src");
        }
    }

    @Test
    void plainDumpPipedIntoPsqlStoppingOnErrorBringsBackEveryRow() {
        Path plain = pg.dir.resolve("src.sql");
        ThrowawayCluster.Result d = pg.client("pg_dump", List.of("-f", plain.toString(), "src"));
        assertThat(d.exitCode()).as(d.output()).isZero();
        pg.createDatabase("plaindst");
        ThrowawayCluster.Result r = pg.psqlScript("plaindst", plain);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertRestored("plaindst");
    }

    @Test
    void pgDumpallRestoredIntoASecondClusterBringsBackEveryRow() throws Exception {
        Path all = pg.dir.resolve("all.sql");
        ThrowawayCluster.Result d = pg.client("pg_dumpall", List.of("-f", all.toString()));
        assertThat(d.exitCode()).as(d.output()).isZero();
        try (ThrowawayCluster second = Extension.cluster()) {
            pg.chownToServer(all);
            ThrowawayCluster.Result r = second.psqlScript("postgres", all, "-v", "ON_ERROR_STOP=0");
            assertThat(r.exitCode()).as(r.output()).isZero();
            assertThat(r.output().lines().filter(l -> l.contains("ERROR:")).toList())
                    .as("the only error: the restoring superuser exists already (pg_dumpall's documented behaviour)")
                    .allMatch(l -> l.contains("role \"postgres\" already exists"));
            assertThat(second.exec("src", DIGEST)).isEqualTo(before);
            assertThat(second.psql("src", "INSERT INTO people VALUES (0, '900101300008')").output())
                    .contains("violates check constraint \"iin_valid\"");
        }
    }

    private void assertRestored(String db) {
        assertThat(pg.exec(db, DIGEST)).as("every row back").isEqualTo(before);
        assertThat(pg.exec(db, "SELECT format_type(atttypid, NULL) FROM pg_attribute"
                + " WHERE attrelid = 'people'::regclass AND attname IN ('iin', 'employer') ORDER BY attname"))
                .isEqualTo("iin.bin\niin.iin\n");
        assertThat(pg.exec(db, "SELECT extversion FROM pg_extension WHERE extname = 'iin'")).isNotBlank();
        assertThat(pg.psql(db, "INSERT INTO people VALUES (0, '900101300008')").output())
                .contains("violates check constraint \"iin_valid\"");
        assertThat(pg.exec(db, "SELECT count(*) FROM pg_proc WHERE has_function_privilege('public', oid, 'EXECUTE')"
                + " AND pronamespace = 'sqlj'::regnamespace AND proname IN ('install_jar', 'replace_jar', 'set_classpath')"))
                .as("the sqlj lockdown survives the restore").isEqualTo("0\n");
    }
}
