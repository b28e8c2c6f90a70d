package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import kz.iin.pg.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar iin-pljava.jar install|uninstall} against a fake PostgreSQL (a pg_config script naming a
 * share directory under a temp dir), so the real one is untouched: what it copies, how it replaces the jar,
 * its last line, and its errors.
 */
class InstallCommandIT {
    private Path root;
    private Path share;
    private Path pgConfig;

    @BeforeEach
    void fakePostgres() throws IOException {
        root = Files.createTempDirectory(Path.of("/tmp"), "iin-install-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        share = root.resolve("share");
        Files.createDirectories(share.resolve("extension"));
        Files.writeString(share.resolve("extension/pljava.control"), "default_version = '1.6.9'\n");
        pgConfig = root.resolve("pg_config");
        Files.writeString(pgConfig, fakePgConfig(share, "PostgreSQL 15.20"));
        Files.setPosixFilePermissions(pgConfig, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void installsEveryFileAndEndsWithACompletePostgresqlConfLine() throws IOException {
        Commands.Result r = Extension.installCommand("install", "--pg-config", pgConfig.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Extension.extensionDir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("iin--.*\\.sql")).forEach(scripts::add);
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(2);
        for (String s : scripts) {
            assertThat(share.resolve("extension").resolve(s)).hasSameTextualContentAs(Extension.extensionDir().resolve(s));
        }
        assertThat(share.resolve("extension/iin.control")).hasSameTextualContentAs(Extension.extensionDir().resolve("iin.control"));
        Path jar = share.resolve("iin/iin-pljava.jar");
        assertThat(jar).hasSameBinaryContentAs(Extension.JAR);

        List<String> lines = r.stdout().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("pljava.vmoptions = '").endsWith("'")
                .contains(" -Djava.class.path=" + jar).contains(" -XX:ErrorFile=/");
        String tuning = Files.readAllLines(Extension.extensionDir().resolve("tuning/pljava-vmoptions.conf")).stream()
                .filter(l -> l.startsWith("pljava.vmoptions")).findFirst().orElseThrow();
        List<String> printed = List.of(last.substring(last.indexOf('\'') + 1, last.lastIndexOf('\'')).split(" "));
        assertThat(printed).as("every recommended option").containsAll(
                List.of(tuning.substring(tuning.indexOf('\'') + 1, tuning.lastIndexOf('\'')).split(" ")));
        String errorFile = last.replaceAll(".*-XX:ErrorFile=(\\S+).*", "$1");
        assertThat(errorFile).as("crash logs outside any data directory").doesNotContain("/data").doesNotContain("/main/");
        assertThat(share.resolve("iin/pljava-vmoptions.conf")).hasContent(last);
        // This fake PostgreSQL has no PL/Java jars to archive (ClassDataArchiveIT has them): the line goes without.
        assertThat(r.stdout()).contains("no class-data archive (PL/Java's jars");
        assertThat(last).doesNotContain("-XX:SharedArchiveFile=");
    }

    @Test
    void reinstallReplacesTheJarByRenameSoAnOpenCopyStaysReadable() throws Exception {
        assertThat(Extension.installCommand("install", "--pg-config", pgConfig.toString()).exit()).isZero();
        Path jar = share.resolve("iin/iin-pljava.jar");
        Object inodeBefore = Files.getAttribute(jar, "unix:ino");
        try (JarFile open = new JarFile(jar.toFile())) {
            Commands.Result again = Extension.installCommand("install", "--pg-config", pgConfig.toString());
            assertThat(again.exit()).as(again.output()).isZero();
            assertThat(Files.getAttribute(jar, "unix:ino")).as("a new file, not overwritten in place").isNotEqualTo(inodeBefore);
            assertThat(open.getEntry("kz/iin/pljava/IinFunctions.class")).as("the running session's copy").isNotNull();
            assertThat(open.getInputStream(open.getEntry("kz/iin/pljava/IinFunctions.class")).readAllBytes()).isNotEmpty();
        }
        try (Stream<Path> left = Files.list(share.resolve("iin"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("iin-pljava.jar", "pljava-vmoptions.conf");
        }
    }

    @Test
    void uninstallRemovesWhatInstallPutThereAndSaysSoTwice() throws IOException {
        assertThat(Extension.installCommand("install", "--pg-config", pgConfig.toString()).exit()).isZero();
        Commands.Result r = Extension.installCommand("uninstall", "--pg-config", pgConfig.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.stdout()).contains("removed " + share.resolve("iin/iin-pljava.jar"))
                .contains("DROP EXTENSION iin in each first (CASCADE also drops every column of type iin.iin");
        try (Stream<Path> left = Files.list(share.resolve("extension"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pljava.control");
        }
        assertThat(share.resolve("iin")).doesNotExist();
        assertThat(Extension.installCommand("uninstall", "--pg-config", pgConfig.toString()).stdout())
                .contains("nothing to remove");
    }

    @Test
    void saysWhatIsMissingOrWrongInOneLine() throws IOException {
        Commands.Result noPgConfig = Extension.installCommand("install", "--pg-config", "/nonexistent/pg_config");
        assertThat(noPgConfig.exit()).isEqualTo(1);
        assertThat(noPgConfig.output()).contains("/nonexistent/pg_config is not an executable pg_config").doesNotContain("Exception");

        Files.delete(share.resolve("extension/pljava.control"));
        Commands.Result noPlJava = Extension.installCommand("install", "--pg-config", pgConfig.toString());
        assertThat(noPlJava.exit()).isEqualTo(1);
        assertThat(noPlJava.output()).contains("PL/Java is not installed in " + share).contains("postgresql-15-pljava");

        Files.delete(share.resolve("extension"));
        Commands.Result noShare = Extension.installCommand("install", "--pg-config", pgConfig.toString());
        assertThat(noShare.exit()).isEqualTo(1);
        assertThat(noShare.output()).contains("no extension directory " + share.resolve("extension"));

        Commands.Result usage = Extension.installCommand("instal");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).contains("unknown command instal").contains("usage: java -jar iin-pljava.jar install");
        assertThat(String.join("", noPgConfig.output(), noPlJava.output(), noShare.output())).doesNotContain("\tat ");
    }

    @Test
    void refusesAPgConfigOfAnotherMajorVersionInOneLine() throws IOException {
        Path other = root.resolve("pg_config16");
        Files.writeString(other, fakePgConfig(share, "PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1)"));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String action : List.of("install", "uninstall")) {
            Commands.Result r = Extension.installCommand(action, "--pg-config", other.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.output().lines()).as(r.output()).containsExactly("iin-pljava: " + other
                    + " is PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1), but this jar is built for PostgreSQL 15:"
                    + " give --pg-config /usr/lib/postgresql/15/bin/pg_config");
        }
        try (Stream<Path> left = Files.list(share.resolve("extension"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing installed").containsExactly("pljava.control");
        }
    }

    /** A pg_config that answers --sharedir and --version as a real one does. */
    private static String fakePgConfig(Path share, String version) {
        return "#!/bin/sh\ncase \"$1\" in\n  --sharedir) echo " + share + " ;;\n  --version) echo '" + version + "' ;;\n"
                + "  *) exit 1 ;;\nesac\n";
    }

    @Test
    void aNonRootUserIsToldToRunItAsRoot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to run the command as another user");
        Files.setPosixFilePermissions(share.resolve("extension"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jarCopy = root.resolve("iin-pljava.jar");
        Files.copy(Extension.JAR, jarCopy);
        Files.setPosixFilePermissions(jarCopy, PosixFilePermissions.fromString("rw-r--r--"));
        Process p = new ProcessBuilder("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jarCopy.toString(),
                "install", "--pg-config", pgConfig.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).contains(share.resolve("extension") + " is not writable by nobody: run this as root");
    }
}
