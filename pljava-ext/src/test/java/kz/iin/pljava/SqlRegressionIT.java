package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL transcripts, run by PostgreSQL's own pg_regress (as contrib/isn's are): every
 * {@code sql/test/sql/NN_name.sql} in order against one database where {@code CREATE EXTENSION iin}
 * ran and core's golden vectors are loaded, each output compared with {@code sql/test/expected/NN_name.out}.
 * pg_regress writes results/ and regression.diffs under target/pg_regress. {@code -Diin.sql.accept=true}
 * copies the actual outputs over the expected ones (review them with git diff before committing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlRegressionIT {
    private static final String DB = "regress";
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster("max_parallel_workers_per_gather = 2");
        Extension.createDatabaseWithExtension(pg, DB);
        try (Connection c = Extension.connect(pg, DB)) {
            GoldenTables.load(c);
        }
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void everyTranscriptMatchesThroughPgRegress() throws Exception {
        Path testDir = Extension.sqlDir().resolve("test");
        List<String> tests;
        try (Stream<Path> files = Files.list(testDir.resolve("sql"))) {
            tests = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()
                    .map(n -> n.substring(0, n.length() - 4)).toList();
        }
        assertThat(tests).as("tests in " + testDir.resolve("sql")).isNotEmpty();
        Path out = Path.of(System.getProperty("iin.results.dir", "target/pg_regress")).toAbsolutePath();
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(pg.pg.pgRegress().toString(), "--use-existing",
                "--host=" + pg.dir, "--port=" + pg.port, "--user=postgres", "--dbname=" + DB,
                "--bindir=" + pg.pg.bindir(), "--inputdir=" + testDir, "--outputdir=" + out,
                // pg_regress sets PGDATESTYLE=Postgres,MDY and PGTZ=PST8PDT; the transcripts are in ISO dates, UTC.
                "--launcher=env PGDATESTYLE=ISO,YMD PGTZ=UTC"));
        cmd.addAll(tests);
        ThrowawayCluster.Result r = pg.command(cmd, testDir);
        if (Boolean.getBoolean("iin.sql.accept")) {
            for (String t : tests) {
                Files.copy(out.resolve("results").resolve(t + ".out"), testDir.resolve("expected").resolve(t + ".out"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path diffs = out.resolve("regression.diffs");
        String diffText = Files.exists(diffs) ? Files.readString(diffs, StandardCharsets.UTF_8) : "";
        assertThat(r.exitCode()).as("pg_regress:\n%s\n%s", r.output(), diffText).isZero();
        assertThat(r.output()).contains("All " + tests.size() + " tests passed.");
    }
}
