package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * pg_regress, the plain way: each {@code sql/test/NN_name.sql} is fed to real psql ({@code -a -q},
 * script on stdin, errors inline) in file-name order against one database, and the transcript must
 * equal {@code sql/test/expected/NN_name.out} byte for byte. Actual transcripts and diffs go to
 * {@code target/sql-results}. {@code -Diin.sql.accept=true} writes missing/changed expected files
 * (review them with git diff before committing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlRegressionIT {
    private static final String DB = "regress";
    private PgCluster pg;

    @BeforeAll
    void start() throws Exception {
        PgCluster.assumeAvailable();
        pg = PgCluster.start(PgCluster.recommendedVmOptions(), "max_parallel_workers_per_gather = 2");
        pg.createDatabase(DB);
        pg.install(DB);
        try (Connection c = pg.connect(DB)) {
            GoldenTables.load(c);
        }
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> sqlTests() throws IOException {
        Path testDir = PgCluster.sqlDir().resolve("test");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(testDir)) {
            scripts = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(scripts).as("SQL tests in " + testDir).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> runAndCompare(script)));
    }

    private void runAndCompare(Path script) throws Exception {
        String name = script.getFileName().toString().replaceFirst("\\.sql$", "");
        String actual = pg.psqlTranscript(DB, script).output();
        Path results = Path.of(System.getProperty("iin.results.dir", "target/sql-results"));
        Files.createDirectories(results);
        Path actualFile = results.resolve(name + ".out");
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        Path expectedFile = script.getParent().resolve("expected").resolve(name + ".out");
        if (Boolean.getBoolean("iin.sql.accept")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected transcript (bootstrap with -Diin.sql.accept=true)").exists();
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Process diff = new ProcessBuilder("diff", "-u", expectedFile.toString(), actualFile.toString())
                    .redirectErrorStream(true).start();
            String text = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            diff.waitFor();
            Files.writeString(results.resolve(name + ".diff"), text, StandardCharsets.UTF_8);
            assertThat(actual).as("transcript of %s differs from expected:\n%s", name, text).isEqualTo(expected);
        }
    }
}
