package kz.iin.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way tests and examples get a database with {@code CREATE EXTENSION iin}: the extension's files are
 * installed exactly as a DBA would ({@code java -jar iin-pljava.jar install}, once per JVM), into a private mirror
 * of this machine's PostgreSQL ({@link PostgresMirror}), and clusters of that mirror start with the
 * {@code pljava.vmoptions} line the command printed. Never into the machine's own share directory: that one is
 * shared with concurrent builds, whose installs and end-of-run uninstalls replaced and deleted files under running
 * tests ("extension iin is not available"), and writing there needs root.
 */
public final class IinExtension {
    private static PgInstallation mirror;
    private static Path installedFrom;
    private static String vmOptionsLine;

    private IinExtension() {
    }

    /** What this machine lacks for a cluster with the extension (one line naming the package), or empty. */
    public static Optional<String> missing(Path jar) {
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
        if (jar == null || !Files.isReadable(jar)) {
            return Optional.of("the extension's jar iin-pljava.jar (got " + jar + "; run mvn verify, not mvn test)");
        }
        return Optional.empty();
    }

    /** The private mirror of this machine's PostgreSQL (one per JVM; those of ended JVMs are deleted first). */
    public static synchronized PgInstallation mirror() {
        if (mirror == null) {
            try {
                PostgresMirror.deleteThoseOfEndedProcesses();
                mirror = PostgresMirror.build(PgInstallation.find().orElseThrow(), PostgresMirror.newRoot(), name -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mirror;
    }

    /** Installs the extension's files from {@code jar} into the mirror (once per JVM); its pljava.vmoptions line. */
    public static synchronized String install(Path jar) {
        jar = jar.toAbsolutePath().normalize();
        if (vmOptionsLine == null) {
            Commands.Result installed = Commands.javaJar(jar, "install", "--pg-config", mirror().pgConfig().toString());
            List<String> lines = installed.stdout().lines().toList();
            if (installed.exit() != 0 || lines.isEmpty() || !lines.get(lines.size() - 1).startsWith("pljava.vmoptions")) {
                throw new IllegalStateException("java -jar " + jar + " install failed:\n" + installed.output());
            }
            vmOptionsLine = lines.get(lines.size() - 1);
            installedFrom = jar;
        } else if (!installedFrom.equals(jar)) {
            throw new IllegalStateException("the extension was installed from " + installedFrom + ", not " + jar);
        }
        return vmOptionsLine;
    }

    /** A started cluster of the mirror whose backends load the extension, plus {@code conf} lines. */
    public static ThrowawayCluster startCluster(Path jar, List<String> conf) throws IOException {
        List<String> all = new ArrayList<>(List.of(install(jar)));
        all.addAll(conf);
        return ThrowawayCluster.start(mirror(), all);
    }

    /** A new database in which {@code CREATE EXTENSION iin CASCADE} ran. */
    public static void createDatabase(ThrowawayCluster pg, String database) {
        pg.createDatabase(database);
        pg.exec(database, "SET client_min_messages = warning; CREATE EXTENSION iin CASCADE");
    }
}
