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
import kz.iin.pg.PgInstallation;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Assumptions;

/**
 * The SQL tests' way in: the extension files are installed exactly as a DBA would
 * ({@code java -jar target/iin-pljava.jar install}, once per test JVM), into a private mirror of this
 * machine's PostgreSQL ({@link PostgresMirror}), and clusters of that mirror start with the
 * {@code pljava.vmoptions} line the command printed. Not into this machine's own share directory: that one
 * is shared with concurrent builds, whose installs and end-of-run uninstalls replaced and deleted the files
 * under running tests ("extension iin is not available").
 *
 * <p>When PostgreSQL or PL/Java is missing, the tests are skipped with one loud line naming the usual
 * package; but where {@code ../shared/pljava/install-pljava} sits beside the checkout, PL/Java should
 * have been installed (by .ci/run), so a missing PL/Java fails the build instead.
 */
final class Extension {
    static final Path JAR = Path.of(System.getProperty("iin.pljava.jar", "target/iin-pljava.jar")).toAbsolutePath();
    private static final Path LOGS = Path.of("target", "pg-logs");
    private static String vmOptionsLine;
    private static PgInstallation mirror;
    private static boolean skipAnnounced;

    private Extension() {
    }

    /** This module's folder, where the extension's files are: control file, scripts, Makefile, sql/, expected/. */
    static Path extensionDir() {
        return Path.of(System.getProperty("iin.extension.dir", ".")).toAbsolutePath().normalize();
    }

    /** The private mirror of this machine's PostgreSQL the tests install into and run (one per test JVM). */
    static synchronized PgInstallation pg() {
        if (mirror == null) {
            try {
                PostgresMirror.deleteThoseOfEndedProcesses();
                mirror = PostgresMirror.build(PgInstallation.find().orElseThrow(), PostgresMirror.newRoot(), name -> false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return mirror;
    }

    /** Skips (or, on machines with the shared installer, fails) the calling test class when something is missing. */
    static synchronized void assumeAvailable() {
        Optional<String> missing = missing();
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

    private static Optional<String> missing() {
        Optional<PgInstallation> found = PgInstallation.find();
        if (found.isEmpty()) {
            return Optional.of("PostgreSQL (pg_config not found; set PG_CONFIG or install postgresql-15)");
        }
        PgInstallation pg = found.get();
        if (!pg.hasPlJava()) {
            return Optional.of("PL/Java (no libpljava-so-*.so in " + pg.pkglibdir() + " or no pljava.control in "
                    + pg.sharedir() + "/extension): install postgresql-15-pljava from the PostgreSQL project's apt"
                    + " repository (apt.postgresql.org), or build PL/Java 1.6.9 from source; see docs/postgresql.md");
        }
        if (!Files.isReadable(PgInstallation.libjvm())) {
            return Optional.of("libjvm.so at " + PgInstallation.libjvm() + " (set PLJAVA_LIBJVM to a JDK 11+ libjvm.so)");
        }
        if (!Files.isReadable(JAR)) {
            return Optional.of("the packaged jar " + JAR + " (run mvn verify, not mvn test)");
        }
        if (!Files.isExecutable(pg.pgRegress())) {
            return Optional.of("pg_regress at " + pg.pgRegress() + " (package postgresql-server-dev-15)");
        }
        return Optional.empty();
    }

    /** The pljava.vmoptions line of the installed extension, installing it first (once per test JVM). */
    static synchronized String vmOptionsLine() {
        if (vmOptionsLine == null) {
            Result installed = installCommand("install", "--pg-config", pg().pgConfig().toString());
            if (installed.exit != 0) {
                throw new IllegalStateException("java -jar iin-pljava.jar install failed:\n" + installed.output);
            }
            List<String> lines = installed.stdout.lines().toList();
            vmOptionsLine = lines.get(lines.size() - 1);
        }
        return vmOptionsLine;
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

    record Result(int exit, String stdout, String output) {
    }

    /** java -jar iin-pljava.jar ARGS, as a separate process, as a DBA runs it. */
    static Result installCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Duration.ofMinutes(2));
    }

    /** Runs {@code cmd} with no input: its exit code, its stdout, and stdout and stderr together. */
    static Result run(List<String> cmd, Duration timeout) {
        try {
            Path err = Files.createTempFile("iin-command", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            String stderr = Files.readString(err);
            Files.delete(err);
            return new Result(p.exitValue(), stdout, stdout + stderr);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
