package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.iin.pg.Commands;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The class-data archive {@code java -jar iin-pljava.jar install} builds beside the jar: the printed line names
 * it, a backend started with that line maps the extension's and PL/Java's classes from it, and once the jar
 * changes the stale archive is ignored, not fatal. The command installs into a private share directory that
 * holds copies of the real PL/Java jars (so the real one, shared with other builds, is untouched); the server
 * runs with the printed line and those copies as its PL/Java module path, its extension files from the usual
 * install.
 */
@Tag("slow")
class ClassDataArchiveIT {
    private static final String SHARED = "kz.iin.pljava.IinFunctions source: shared objects file";
    private Path root;
    private Path share;
    private Path pgConfig;

    @BeforeEach
    void privateShareWithPlJava() throws IOException {
        Extension.assumeAvailable();
        root = Files.createTempDirectory(Path.of("/tmp"), "iin-cds-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        share = root.resolve("share");
        Path realShare = Extension.pg().sharedir();
        Files.createDirectories(share.resolve("extension"));
        Files.copy(realShare.resolve("extension/pljava.control"), share.resolve("extension/pljava.control"));
        Files.createDirectories(share.resolve("pljava"));
        try (Stream<Path> jars = Files.list(realShare.resolve("pljava"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().matches("pljava-(api-)?[0-9.]+\\.jar")).toList()) {
                Files.copy(jar, share.resolve("pljava").resolve(jar.getFileName()));
            }
        }
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxr-xr-x"));
        pgConfig = root.resolve("pg_config");
        Files.writeString(pgConfig, "#!/bin/sh\ncase \"$1\" in\n  --sharedir) echo " + share + " ;;\n"
                + "  --version) echo 'PostgreSQL 15.20' ;;\n  *) exit 1 ;;\nesac\n");
        Files.setPosixFilePermissions(pgConfig, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void backendsMapTheArchiveTheInstallBuiltAndIgnoreItOnceStale() throws Exception {
        Commands.Result install = Extension.installCommand("install", "--pg-config", pgConfig.toString());
        assertThat(install.exit()).as(install.output()).isZero();
        Path jar = share.resolve("iin/iin-pljava.jar");
        Path archive = share.resolve("iin/iin-pljava.jsa");
        assertThat(archive).isRegularFile();
        assertThat(Files.getPosixFilePermissions(archive)).as("readable by the server's OS user")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(install.stdout()).contains("installed " + archive);
        List<String> lines = install.stdout().lines().toList();
        String line = lines.get(lines.size() - 1);
        assertThat(line).contains("'-Xshare:auto ").contains(" -XX:SharedArchiveFile=" + archive)
                .contains(" -Djava.class.path=" + jar);
        String options = line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\''));

        // The server loads PL/Java from the copies the archive was made with, as it would from its own share
        // directory (an archive made with other PL/Java jars than the server's module path names is refused
        // by the JVM with a sealing violation: the install must run against the server's PL/Java).
        String modulePath;
        try (Stream<Path> jars = Files.list(share.resolve("pljava"))) {
            modulePath = jars.map(Path::toString).sorted(Comparator.comparing(p -> p.contains("-api-"))).reduce((a, b) -> a + ":" + b)
                    .orElseThrow();
        }
        try (ThrowawayCluster pg = Extension.cluster(line, "pljava.module_path = '" + modulePath + "'")) {
            Extension.createDatabaseWithExtension(pg, "cds");
            assertThat(loadLog(pg, options)).as("a backend with the printed line")
                    .contains(SHARED).contains("org.postgresql.pljava.internal.Function source: shared objects file")
                    .contains("|true|");

            // A jar that changed after the archive was made (an upgrade without a new install): the JVM
            // finds the archive stale, loads the classes from the jar, and says nothing to the client.
            Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
            ThrowawayCluster.Result plain = pg.psql("cds", "SELECT iin.iin_is_valid('900101300007')", "-At");
            assertThat(plain.exitCode()).as(plain.output()).isZero();
            assertThat(plain.output().strip()).isEqualTo("t");
            assertThat(loadLog(pg, options)).doesNotContain(SHARED)
                    .contains("kz.iin.pljava.IinFunctions source: file:" + jar).contains("|true|");
        }

        Commands.Result uninstall = Extension.installCommand("uninstall", "--pg-config", pgConfig.toString());
        assertThat(uninstall.exit()).as(uninstall.output()).isZero();
        assertThat(uninstall.stdout()).contains("removed " + archive);
        assertThat(share.resolve("iin")).doesNotExist();
    }

    /** A new backend's first call, with the JVM logging where each class came from (PL/Java relays it as INFO). */
    private static String loadLog(ThrowawayCluster pg, String options) {
        ThrowawayCluster.Result r = pg.psql("cds", "SET pljava.vmoptions = '" + options + " -Xlog:class+load';"
                + " SELECT '|' || iin.iin_is_valid('900101300007') || '|'", "-At", "-v", "ON_ERROR_STOP=1");
        assertThat(r.exitCode()).as(r.output()).isZero();
        return r.output();
    }
}
