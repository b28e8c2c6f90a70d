package kz.iin.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The iin extension from a given {@code iin-pljava.jar}, for the tests of modules and examples that need a
 * database with {@code CREATE EXTENSION iin} (Hibernate, applications): the jar installs its files into this
 * machine's PostgreSQL as a DBA would ({@code java -jar iin-pljava.jar install}, once per JVM), and clusters
 * start with the {@code pljava.vmoptions} line it printed. Files that were not installed before are removed
 * again when the JVM exits.
 */
public final class IinExtension {
    private static String vmOptionsLine;
    private static Path installedFrom;

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
            return Optional.of("PL/Java (no libpljava-so-*.so in " + pg.pkglibdir() + "): install postgresql-15-pljava"
                    + " from the PostgreSQL project's apt repository, or build PL/Java 1.6.9; see docs/postgresql.md");
        }
        if (!Files.isReadable(PgInstallation.libjvm())) {
            return Optional.of("libjvm.so at " + PgInstallation.libjvm()
                    + " (set PLJAVA_LIBJVM to a JDK 11+ libjvm.so)");
        }
        if (jar == null || !Files.isReadable(jar)) {
            return Optional.of("the extension's jar iin-pljava.jar (got " + jar + ")");
        }
        if (!Files.isWritable(pg.sharedir().resolve("extension"))) {
            return Optional.of("write access to " + pg.sharedir().resolve("extension")
                    + " to install the extension files (run the build as root, as CI does)");
        }
        return Optional.empty();
    }

    /**
     * A started cluster whose backends have a private copy of the extension's jar on their class path (so that
     * another build uninstalling the shared files cannot break its running tests), plus {@code conf} lines.
     */
    public static ThrowawayCluster startCluster(Path jar, List<String> conf) throws IOException {
        String line = install(jar);
        Path installedJar = PgInstallation.find().orElseThrow().iinDir().resolve("iin-pljava.jar");
        if (!line.contains("-Djava.class.path=" + installedJar)) {
            throw new IllegalStateException("the install command's line does not name " + installedJar + ": " + line);
        }
        Path copyDir = Files.createTempDirectory(Path.of("/tmp"), "iin-ext-");
        Files.setPosixFilePermissions(copyDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path copy = Files.copy(jar, copyDir.resolve("iin-pljava.jar"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copyDir);
            } catch (IOException e) {
                System.out.println("could not delete " + copyDir + ": " + e);
            }
        }, "delete " + copyDir));
        List<String> all = new ArrayList<>(List.of(line.replace(installedJar.toString(), copy.toString())));
        all.addAll(conf);
        return ThrowawayCluster.start(PgInstallation.find().orElseThrow(), all);
    }

    /**
     * A new database in which {@code CREATE EXTENSION iin CASCADE} ran. The extension's files are installed
     * again first, and once more when they vanished meanwhile (builds on one machine share them).
     */
    public static void createDatabase(ThrowawayCluster pg, String database) {
        if (installedFrom == null) {
            throw new IllegalStateException("no extension jar yet: start the cluster with startCluster");
        }
        pg.createDatabase(database);
        for (int attempt = 1; ; attempt++) {
            run(installedFrom, "install");
            ThrowawayCluster.Result r = pg.psql(database,
                    "SET client_min_messages = warning; CREATE EXTENSION iin CASCADE", "-v", "ON_ERROR_STOP=1");
            if (r.exitCode() == 0) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("CREATE EXTENSION iin failed " + attempt + " times:\n" + r.output());
            }
        }
    }

    /** Installs the extension's files from {@code jar} (once per JVM) and returns its pljava.vmoptions line. */
    static synchronized String install(Path jar) {
        if (vmOptionsLine == null) {
            boolean installedBefore = PgInstallation.find().orElseThrow().hasIinExtension();
            String out = run(jar, "install");
            List<String> lines = out.lines().toList();
            vmOptionsLine = lines.get(lines.size() - 1);
            installedFrom = jar;
            if (!vmOptionsLine.startsWith("pljava.vmoptions")) {
                throw new IllegalStateException("java -jar " + jar + " install printed no pljava.vmoptions line:\n"
                        + out);
            }
            if (!installedBefore) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> run(jar, "uninstall"), "uninstall iin"));
            }
        }
        return vmOptionsLine;
    }

    private static String run(Path jar, String action) {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), action);
        try {
            Path err = Files.createTempFile("iin-install", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out + Files.readString(err));
                }
                return out;
            } finally {
                Files.delete(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
