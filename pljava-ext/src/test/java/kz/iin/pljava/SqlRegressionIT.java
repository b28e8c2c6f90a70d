package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL transcripts, run by PostgreSQL's own pg_regress (as contrib/isn's are), both ways: straight from
 * here, and the way packagers run them, {@code make installcheck} with PGXS (the module's Makefile). pg_regress
 * creates the database; {@code sql/00_setup.sql} creates the extension and loads core's golden vectors, then
 * every {@code sql/NN_name.sql} runs in order and its output is compared with {@code expected/NN_name.out}.
 * {@code -Diin.sql.accept=true} copies the actual outputs over the expected ones (review them with git diff).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlRegressionIT {
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster("max_parallel_workers_per_gather = 2");
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void everyTranscriptMatchesThroughPgRegress() throws Exception {
        Path dir = Extension.extensionDir();
        List<String> tests = transcripts(dir);
        Path out = Path.of(System.getProperty("iin.results.dir", "target/pg_regress")).toAbsolutePath();
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(pg.pg.pgRegress().toString(), "--dbname=contrib_regression",
                "--bindir=" + pg.pg.bindir(), "--inputdir=" + dir, "--outputdir=" + out,
                // pg_regress sets PGDATESTYLE=Postgres,MDY and PGTZ=PST8PDT; the transcripts are in ISO dates, UTC.
                "--launcher=env PGDATESTYLE=ISO,YMD PGTZ=UTC"));
        cmd.addAll(tests);
        ThrowawayCluster.Result r = pg.command(cmd, dir);
        if (Boolean.getBoolean("iin.sql.accept")) {
            for (String t : tests) {
                Files.copy(out.resolve("results").resolve(t + ".out"), dir.resolve("expected").resolve(t + ".out"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertPassed(r, tests, out.resolve("regression.diffs"));
    }

    /** The same transcripts a second time, the packagers' way: the full build's, not the quick loop's. */
    @Test
    @Tag("slow")
    void makeInstallcheckRunsTheSameSuiteWithPgxs() throws Exception {
        Path dir = Extension.extensionDir();
        ThrowawayCluster.Result make = pg.command(List.of("make", "--version"), dir);
        Assumptions.assumeTrue(make.exitCode() == 0, () -> {
            System.out.println("SKIPPED: make installcheck needs make (package make)");
            return "no make";
        });
        ThrowawayCluster.Result r = pg.command(List.of("make", "-s", "installcheck",
                "PG_CONFIG=" + pg.pg.pgConfig()), dir);
        try {
            assertPassed(r, transcripts(dir), dir.resolve("regression.diffs"));
            assertThat(r.output()).as("pg_regress made its own database").contains("creating database \"contrib_regression\"");
        } finally {
            pg.command(List.of("make", "-s", "clean", "PG_CONFIG=" + pg.pg.pgConfig()), dir);
        }
    }

    private static List<String> transcripts(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("sql"))) {
            List<String> tests = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()
                    .map(n -> n.substring(0, n.length() - 4)).toList();
            assertThat(tests).as("tests in " + dir.resolve("sql")).isNotEmpty();
            return tests;
        }
    }

    private static void assertPassed(ThrowawayCluster.Result r, List<String> tests, Path diffs) throws Exception {
        String diffText = Files.exists(diffs) ? Files.readString(diffs, StandardCharsets.UTF_8) : "";
        assertThat(r.exitCode()).as("pg_regress:\n%s\n%s", r.output(), diffText).isZero();
        assertThat(r.output()).contains("All " + tests.size() + " tests passed.");
    }
}
