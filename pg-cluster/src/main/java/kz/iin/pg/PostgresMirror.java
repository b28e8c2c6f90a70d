package kz.iin.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A private root directory that looks, to dpkg and to PostgreSQL, like this machine with its PostgreSQL 15
 * installed, so a package can be installed and removed there without touching the share directory that
 * concurrent builds and the DBA's own install use. The binaries are copied (PostgreSQL finds its share and
 * library directories relative to its own executable, after resolving links); every other file of the
 * installation is a link to the real one; the iin extension's own files are left out. dpkg's database there
 * knows the package postgresql-15 when asked to ({@link #knowPackage}), as this machine's does.
 */
public final class PostgresMirror {
    private static final String PREFIX = "iin-pg-mirror-";
    private PostgresMirror() {
    }

    /** Mirrors {@code pg} into the empty directory {@code root}; files named by {@code leaveOut} are not mirrored. */
    public static PgInstallation build(PgInstallation pg, Path root, Predicate<String> leaveOut) throws IOException {
        Path bindir = under(root, pg.bindir());
        Files.createDirectories(bindir);
        try (Stream<Path> files = Files.list(pg.bindir())) {
            for (Path f : files.toList()) {
                Files.copy(f, bindir.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        linkEach(pg.pkglibdir(), under(root, pg.pkglibdir()), leaveOut);
        Path sharedir = under(root, pg.sharedir());
        linkEach(pg.sharedir(), sharedir, name -> name.equals("extension") || name.equals("iin"));
        linkEach(pg.sharedir().resolve("extension"), sharedir.resolve("extension"),
                name -> leaveOut.test(name) || name.equals("iin.control") || name.startsWith("iin--"));
        Path sysconfdir = Path.of(pgConfig(pg, "--sysconfdir")); // PL/Java's pljava.policy
        if (Files.isDirectory(sysconfdir)) {
            linkEach(sysconfdir, under(root, sysconfdir), leaveOut);
        }
        empty(root);
        return PgInstallation.of(bindir.resolve("pg_config"));
    }

    /** An empty root: no PostgreSQL, an empty dpkg database. */
    public static void empty(Path root) throws IOException {
        Files.createDirectories(root.resolve("var/lib/dpkg/info"));
        Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
        Files.createDirectories(root.resolve("var/log"));
        Files.writeString(root.resolve("var/lib/dpkg/status"), "");
    }

    /** Adds this machine's dpkg record of {@code pkg} (status and file list) to the root's database. */
    public static void knowPackage(Path root, String pkg, String statusStanza) throws IOException {
        Path dpkg = root.resolve("var/lib/dpkg");
        Files.writeString(dpkg.resolve("status"), Files.readString(dpkg.resolve("status")) + statusStanza.strip() + "\n\n");
        Path list = Path.of("/var/lib/dpkg/info", pkg + ".list");
        if (Files.exists(list)) {
            Files.copy(list, dpkg.resolve("info").resolve(pkg + ".list"));
        }
    }

    /**
     * A temp directory the server's OS user can read, named after this process: a mirror's binaries must
     * outlive every cluster started from them (pg_ctl stops them in shutdown hooks), so mirrors are deleted by
     * a later run, once their process has ended.
     */
    public static Path newRoot() throws IOException {
        Path root = Files.createTempDirectory(Path.of("/tmp"), PREFIX + ProcessHandle.current().pid() + "-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        return root;
    }

    /** Deletes the mirrors left by test processes that have ended. */
    public static void deleteThoseOfEndedProcesses() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
            for (Path dir : tmp.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                String pid = dir.getFileName().toString().substring(PREFIX.length()).replaceFirst("-.*", "");
                if (pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    public static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void linkEach(Path from, Path to, Predicate<String> leaveOut) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!leaveOut.test(name)) {
                    Files.createSymbolicLink(to.resolve(name), f);
                }
            }
        }
    }

    private static String pgConfig(PgInstallation pg, String option) throws IOException {
        Process p = new ProcessBuilder(pg.pgConfig().toString(), option).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String answer = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() != 0) {
                throw new IOException(pg.pgConfig() + " " + option + ": " + answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return answer;
    }

    private static Path under(Path root, Path absolute) {
        return root.resolve(absolute.toString().substring(1));
    }
}
