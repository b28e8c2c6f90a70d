package kz.iin.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL installation that {@code pg_config} names ({@code PG_CONFIG} chooses one), and whether
 * PL/Java and the iin extension are installed in it.
 */
public record PgInstallation(Path pgConfig, Path bindir, Path sharedir, Path pkglibdir, Path pgxs) {

    /** The iin extension's own folder in the share directory: the jar and the recommended postgresql.conf line. */
    public Path iinDir() {
        return sharedir.resolve("iin");
    }

    /** The postgresql.conf line the install command wrote beside the installed jar. */
    public Path iinConfLine() {
        return iinDir().resolve("pljava-vmoptions.conf");
    }

    public Path pgRegress() {
        return pgxs.getParent().resolve("../test/regress/pg_regress").normalize();
    }

    /** The installation pg_config names, or empty when there is no PostgreSQL here. */
    public static Optional<PgInstallation> find() {
        return pgConfigPath().map(PgInstallation::of);
    }

    public static PgInstallation of(Path pgConfig) {
        return new PgInstallation(pgConfig, Path.of(value(pgConfig, "--bindir")), Path.of(value(pgConfig, "--sharedir")),
                Path.of(value(pgConfig, "--pkglibdir")), Path.of(value(pgConfig, "--pgxs")));
    }

    public boolean hasPlJava() {
        try (DirectoryStream<Path> so = Files.newDirectoryStream(pkglibdir, "libpljava-so-*.so")) {
            return so.iterator().hasNext() && Files.exists(sharedir.resolve("extension/pljava.control"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The iin extension's files are installed: control file, jar and the postgresql.conf line. */
    public boolean hasIinExtension() {
        return Files.exists(sharedir.resolve("extension/iin.control")) && Files.isReadable(iinConfLine());
    }

    /** The {@code pljava.vmoptions = '...'} line written by {@code java -jar iin-pljava.jar install}. */
    public String iinVmOptionsLine() throws IOException {
        for (String line : Files.readAllLines(iinConfLine(), StandardCharsets.UTF_8)) {
            if (line.startsWith("pljava.vmoptions")) {
                return line;
            }
        }
        throw new IOException("no pljava.vmoptions line in " + iinConfLine());
    }

    /** libjvm.so of the JDK running this code, or PLJAVA_LIBJVM. */
    public static Path libjvm() {
        String env = System.getenv("PLJAVA_LIBJVM");
        return env != null ? Path.of(env) : Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so");
    }

    private static Optional<Path> pgConfigPath() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PG_CONFIG");
        if (env != null && !env.isEmpty()) {
            candidates.add(Path.of(env));
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty()) {
                candidates.add(Path.of(p, "pg_config"));
            }
        }
        candidates.add(Path.of("/usr/lib/postgresql/15/bin/pg_config"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static String value(Path pgConfig, String option) {
        try {
            Process p = new ProcessBuilder(pgConfig.toString(), option).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException(pgConfig + " " + option + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(pgConfig + " " + option + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
