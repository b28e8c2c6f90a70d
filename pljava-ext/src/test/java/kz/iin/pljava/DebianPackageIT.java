package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.iin.pg.Commands;
import kz.iin.pg.Commands.Result;
import kz.iin.pg.PgInstallation;
import kz.iin.pg.PostgresMirror;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Debian package {@code target/postgresql-15-iin_<version>_all.deb}: what it holds, and, as root, what
 * {@code dpkg -i} and {@code dpkg -r} do with it. dpkg works on a private root ({@code dpkg --root}, the
 * maintainer scripts run outside a chroot with DPKG_ROOT, see {@link PostgresMirror}) that mirrors this
 * machine's PostgreSQL 15, because this machine's /usr/share/postgresql/15 is shared: concurrent builds
 * install the extension there with the install command, and a {@code dpkg -r} there would delete files they
 * are using. The server started for {@code CREATE EXTENSION} is the mirror's, so it reads the package's files.
 */
class DebianPackageIT {
    private static final String PACKAGE = "postgresql-15-iin";
    private static final Path TARGET = Path.of(System.getProperty("iin.deb.dir", "target"));
    private final List<Path> roots = new ArrayList<>();

    @AfterEach
    void deleteRoots() throws IOException {
        for (Path root : roots) {
            PostgresMirror.deleteRecursively(root);
        }
    }

    @Test
    void holdsTheExtensionFilesTheJarAndItsLineWhereTheInstallCommandPutsThem() throws Exception {
        Path deb = deb();
        assumeProgram("dpkg-deb");
        assertThat(field(deb, "Package")).isEqualTo(PACKAGE);
        assertThat(field(deb, "Version")).as("the pom's version, -SNAPSHOT as ~SNAPSHOT (sorts before the release)")
                .isEqualTo(System.getProperty("iin.version").replace("-SNAPSHOT", "~SNAPSHOT"));
        assertThat(deb.getFileName().toString()).isEqualTo(PACKAGE + "_" + field(deb, "Version") + "_all.deb");
        assertThat(field(deb, "Architecture")).isEqualTo("all");
        assertThat(field(deb, "Depends")).as("PL/Java is checked by preinst, not depended on").isEqualTo("postgresql-15");
        assertThat(field(deb, "Recommends")).isEqualTo("postgresql-15-pljava");

        Path unpacked = newRoot();
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString())).exit()).isZero();
        Path extension = unpacked.resolve("usr/share/postgresql/15/extension");
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(Extension.extensionDir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.equals("iin.control") || n.matches("iin--.*\\.sql"))
                    .forEach(expected::add);
        }
        assertThat(names(extension)).isEqualTo(expected);
        for (String f : expected) {
            assertThat(extension.resolve(f)).hasSameBinaryContentAs(Extension.extensionDir().resolve(f));
        }
        Path own = unpacked.resolve("usr/share/postgresql/15/iin");
        assertThat(names(own)).containsExactlyInAnyOrder("iin-pljava.jar", "pljava-vmoptions.conf");
        assertThat(own.resolve("iin-pljava.jar")).hasSameBinaryContentAs(Extension.JAR);
        String line = Files.readString(own.resolve("pljava-vmoptions.conf")).strip();
        assertThat(line).startsWith("pljava.vmoptions = '")
                .contains(" -XX:ErrorFile=/var/log/postgresql/pljava-hs_err_pid%p.log ")
                .endsWith(" -Djava.class.path=/usr/share/postgresql/15/iin/iin-pljava.jar'");
        assertThat(names(unpacked.resolve("usr/share/doc/" + PACKAGE))).containsExactly("copyright");
    }

    @Test
    @Tag("slow")
    void dpkgInstallsItCreateExtensionWorksAndDpkgRemoveLeavesNothingBehind() throws Exception {
        Path deb = deb();
        assumeRootWithDpkg();
        Extension.assumeAvailable();
        Path root = newRoot();
        PgInstallation mirror = PostgresMirror.build(PgInstallation.find().orElseThrow(), root, name -> false);
        PostgresMirror.knowPackage(root, "postgresql-15", run(List.of("dpkg-query", "-s", "postgresql-15")).stdout());
        assertThat(mirror.sharedir()).as("the mirror's PostgreSQL reads the mirror's share directory")
                .isEqualTo(root.resolve("usr/share/postgresql/15"));
        Set<String> before = tree(root.resolve("usr"));

        Result installed = dpkg(root, "-i", deb.toString());
        assertThat(installed.exit()).as(installed.output()).isZero();
        assertThat(installed.output()).contains("Setting up " + PACKAGE).contains("pljava.vmoptions = '");
        assertThat(run(List.of("dpkg-query", "--root=" + root, "-W", "-f=${Status}", PACKAGE)).stdout())
                .isEqualTo("install ok installed");
        assertThat(mirror.hasIinExtension()).isTrue();
        assertThat(tree(root.resolve("usr"))).as("files added").isNotEqualTo(before);

        // The line the package ships, with the jar's path inside the private root.
        String line = mirror.iinVmOptionsLine().replace("-Djava.class.path=/usr/", "-Djava.class.path=" + root + "/usr/");
        try (ThrowawayCluster pg = ThrowawayCluster.start(mirror, List.of(line)).keepLogIn(Path.of("target", "pg-logs"))) {
            Extension.createDatabaseWithExtension(pg, "packaged");
            assertThat(pg.exec("packaged", "SELECT extversion, iin.iin_is_valid('900101300007'), iin.iin_kind('050940000000')"
                    + " FROM pg_extension WHERE extname = 'iin'"))
                    .isEqualTo(System.getProperty("iin.version").replace("-SNAPSHOT", "") + "|t|BIN\n");
        }

        Result removed = dpkg(root, "-r", PACKAGE);
        assertThat(removed.exit()).as(removed.output()).isZero();
        assertThat(tree(root.resolve("usr"))).as("every file and directory as before dpkg -i").isEqualTo(before);
        assertThat(run(List.of("dpkg-query", "--root=" + root, "-W", "-f=${Status}", PACKAGE)).stdout())
                .isIn("unknown ok not-installed", "deinstall ok not-installed", "");
    }

    @Test
    void dpkgRefusesBeforeUnpackingNamingWhatIsMissing() throws Exception {
        Path deb = deb();
        assumeRootWithDpkg();
        Path bare = newRoot();
        PostgresMirror.empty(bare);
        Result nothing = dpkg(bare, "-i", deb.toString());
        assertThat(nothing.exit()).isNotZero();
        assertThat(nothing.output()).contains(PACKAGE + ": cannot install, missing PostgreSQL 15 (")
                .contains("and PL/Java for PostgreSQL 15 (").contains("postgresql-15-pljava");
        assertThat(bare.resolve("usr/share/postgresql/15/extension/iin.control")).doesNotExist();

        Assumptions.assumeTrue(PgInstallation.find().isPresent(), "no PostgreSQL here to mirror");
        Path noPlJava = newRoot();
        PostgresMirror.build(PgInstallation.find().orElseThrow(), noPlJava, name -> name.contains("pljava"));
        Result withoutPlJava = dpkg(noPlJava, "-i", deb.toString());
        assertThat(withoutPlJava.exit()).isNotZero();
        assertThat(withoutPlJava.output()).contains(PACKAGE + ": cannot install, missing PL/Java for PostgreSQL 15 (")
                .doesNotContain("missing PostgreSQL 15 (");
        assertThat(noPlJava.resolve("usr/share/postgresql/15/extension/iin.control")).doesNotExist();
    }

    private Path newRoot() throws IOException {
        Path root = PostgresMirror.newRoot();
        roots.add(root);
        return root;
    }

    private static Path deb() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().matches(PACKAGE + "_.*_all\\.deb")).toList();
            assertThat(debs).as("the package built by mvn package in " + TARGET).hasSize(1);
            return debs.get(0);
        }
    }

    private static void assumeRootWithDpkg() {
        assumeProgram("dpkg");
        if (!"root".equals(System.getProperty("user.name"))) {
            System.out.println("SKIPPED: dpkg -i/-r of the package needs root (run the build as root, as CI does)");
            Assumptions.abort("not root");
        }
    }

    private static void assumeProgram(String program) {
        if (run(List.of("sh", "-c", "command -v " + program)).exit() != 0) {
            System.out.println("SKIPPED: the Debian package tests need " + program + " (package dpkg)");
            Assumptions.abort("no " + program);
        }
    }

    private static Result dpkg(Path root, String... args) {
        List<String> cmd = new ArrayList<>(List.of("dpkg", "--root=" + root, "--force-script-chrootless"));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static String field(Path deb, String name) {
        return run(List.of("dpkg-deb", "-f", deb.toString(), name)).stdout().strip();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every path under {@code dir}, relative, links not followed. */
    private static Set<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Result run(List<String> cmd) {
        return Commands.run(cmd, Duration.ofMinutes(5));
    }
}
