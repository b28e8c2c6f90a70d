package kz.iin.pljava;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.iin.pg.Commands;
import kz.iin.pg.IinExtension;
import kz.iin.pg.PgInstallation;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Assumptions;

/**
 * The SQL tests' way in, over the project's one extension fixture ({@link IinExtension}: the files installed
 * as a DBA would, into a private mirror of this machine's PostgreSQL).
 *
 * <p>When PostgreSQL or PL/Java is missing, the tests are skipped with one loud line naming the usual
 * package; but where {@code ../shared/pljava/install-pljava} sits beside the checkout, PL/Java should
 * have been installed (by .ci/run), so a missing PL/Java fails the build instead.
 */
final class Extension {
    static final Path JAR = Path.of(System.getProperty("iin.pljava.jar", "target/iin-pljava.jar")).toAbsolutePath();
    private static final Path LOGS = Path.of("target", "pg-logs");
    private static boolean skipAnnounced;

    private Extension() {
    }

    /** This module's folder, where the extension's files are: control file, scripts, Makefile, sql/, expected/. */
    static Path extensionDir() {
        return Path.of(System.getProperty("iin.extension.dir", ".")).toAbsolutePath().normalize();
    }

    /** The private mirror of this machine's PostgreSQL the tests install into and run (one per test JVM). */
    static PgInstallation pg() {
        return IinExtension.mirror();
    }

    /** Skips (or, on machines with the shared installer, fails) the calling test class when something is missing. */
    static synchronized void assumeAvailable() {
        Optional<String> missing = IinExtension.missing(JAR).or(() -> {
            Path pgRegress = PgInstallation.find().orElseThrow().pgRegress();
            return Files.isExecutable(pgRegress)
                    ? Optional.empty() : Optional.of("pg_regress at " + pgRegress + " (package postgresql-server-dev-15)");
        });
        if (missing.isEmpty()) {
            return;
        }
        Path installer = extensionDir().getParent().resolve("../shared/pljava/install-pljava").normalize();
        if (Files.exists(installer) && missing.get().startsWith("PL/Java")) {
            throw new IllegalStateException("PL/Java is missing although " + installer + " is here: run it (as .ci/run"
                    + " does) before mvn verify. Missing: " + missing.get());
        }
        if (!skipAnnounced) {
            skipAnnounced = true; // one loud line per build, not one per test class
            System.out.println("SKIPPED: PL/Java SQL tests need " + missing.get());
        }
        Assumptions.assumeTrue(false, () -> "missing " + missing.get());
    }

    /** The pljava.vmoptions line of the installed extension, installing it first (once per test JVM). */
    static String vmOptionsLine() {
        return IinExtension.install(JAR);
    }

    /** A cluster whose backends have the jar on their class path; more postgresql.conf lines may be given. */
    static ThrowawayCluster cluster(String... conf) throws IOException {
        assumeAvailable();
        List<String> all = new ArrayList<>(List.of(vmOptionsLine()));
        all.addAll(List.of(conf));
        return ThrowawayCluster.start(pg(), all).keepLogIn(LOGS);
    }

    /** A new database with the extension created in it (CREATE EXTENSION iin CASCADE). */
    static void createDatabaseWithExtension(ThrowawayCluster pg, String database) {
        pg.createDatabase(database);
        pg.exec(database, "SET client_min_messages = warning; CREATE EXTENSION iin CASCADE");
    }

    static Connection connect(ThrowawayCluster pg, String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database));
    }

    /**
     * A connection once the server accepts them again, for tests that make it restart or recover
     * (SQLSTATE 57P03: starting up, shutting down or in recovery); any other failure is thrown at once.
     */
    static Connection connectWhenReady(ThrowawayCluster pg, String database, int seconds)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try {
                return connect(pg, database);
            } catch (SQLException e) {
                if (!"57P03".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** java -jar iin-pljava.jar ARGS, as a separate process, as a DBA runs it. */
    static Commands.Result installCommand(String... args) {
        return Commands.javaJar(JAR, args);
    }
}
