package kz.iin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL part of the demo: when PostgreSQL and PL/Java are installed and the SQL functions are
 * built (pljava-ext), a throwaway cluster in a temp directory shows the {@code iin.iin} domain rejecting
 * a bad row and a query decoding birth dates; then the cluster is stopped and deleted. Otherwise one
 * line says what is missing and how to enable it.
 */
final class Postgres {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final PrintStream out;
    private Path dir;
    private Path bin;
    private boolean running;

    Postgres(PrintStream out) {
        this.out = out;
    }

    /** Runs the tour, or prints why not; never throws. */
    void tour(String good1, String good2, String bad) {
        String pkglib = pgConfig("--pkglibdir");
        String share = pgConfig("--sharedir");
        String bindir = pgConfig("--bindir");
        if (pkglib == null || share == null || bindir == null) {
            out.println("   skipped: no PostgreSQL here (pg_config not on PATH). To enable: install PostgreSQL 15 and"
                    + " PL/Java 1.6, then see pljava-ext/ and sql/install.sql.");
            return;
        }
        if (!hasPlJava(pkglib, share)) {
            out.println("   skipped: PL/Java is not installed for this PostgreSQL (no libpljava-so-*.so in " + pkglib
                    + "). To enable: build and install PL/Java 1.6 (github.com/tada/pljava), then run iin demo again.");
            return;
        }
        Path root = root();
        Path jar = root == null ? null : root.resolve("pljava-ext/target/iin-pljava.jar");
        Path install = root == null ? null : root.resolve("sql/install.sql");
        if (jar == null || !Files.isReadable(jar) || !Files.isReadable(install)) {
            out.println("   skipped: PL/Java is installed, but the SQL functions are not built. To enable: "
                    + "mvn -B -q -DskipTests package -pl pljava-ext -am, then run iin demo again.");
            return;
        }
        bin = Path.of(bindir);
        try {
            out.println("   A throwaway PostgreSQL cluster with PL/Java (deleted afterwards):");
            start(root);
            Path serverJar = dir.resolve("iin-pljava.jar");
            Files.copy(jar, serverJar);
            chownToPostgres(serverJar);
            Result installed = run(psql(List.of("-q", "-v", "jar_url=file:" + serverJar, "-f", install.toString())), null);
            if (installed.exit != 0) {
                throw new IOException("sql/install.sql failed: " + firstLines(installed.output, 3));
            }
            String sql = String.join("\n",
                    "CREATE TABLE person (name text, iin iin.iin NOT NULL);",
                    "INSERT INTO person VALUES ('Anna', '" + good1 + "'), ('Aidar', '" + good2 + "');",
                    "INSERT INTO person VALUES ('Typo', '" + bad + "');",
                    "SELECT name, iin.iin_mask(iin) AS iin, iin.iin_birth_date(iin) AS encoded_birth_date,",
                    "       iin.iin_sex(iin) AS encoded_sex FROM person ORDER BY name;", "");
            Result demo = run(psql(List.of("-a", "-v", "VERBOSITY=terse")), sql);
            for (String line : demo.output.split("\n")) {
                out.println("     " + line);
            }
        } catch (IOException | RuntimeException e) {
            out.println("   the PostgreSQL part failed: " + Redact.digits(Failures.describe(e)));
        } finally {
            stop();
        }
    }

    private void start(Path root) throws IOException {
        dir = Files.createTempDirectory(Path.of("/tmp"), "iin-demo-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        chownToPostgres(dir);
        Path data = dir.resolve("data");
        server(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        List<String> conf = new ArrayList<>(List.of(
                "listen_addresses = ''",
                "port = " + freePort(),
                "unix_socket_directories = '" + dir + "'",
                "fsync = off",
                "lc_messages = 'C'",
                "pljava.libjvm_location = '" + Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so") + "'"));
        Path vmoptions = root.resolve("sql/tuning/pljava-vmoptions.conf");
        if (Files.isReadable(vmoptions)) {
            Files.readAllLines(vmoptions).stream().filter(l -> l.startsWith("pljava.vmoptions")).forEach(conf::add);
        }
        Files.write(data.resolve("postgresql.conf"), conf, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        server(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "start"));
        running = true;
        port = conf.get(1).substring("port = ".length());
    }

    private String port;

    private List<String> psql(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-h", dir.toString(),
                "-p", port, "-U", "postgres", "-d", "postgres"));
        cmd.addAll(args);
        return cmd;
    }

    private void stop() {
        try {
            if (running) {
                running = false;
                server(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                        "-w", "stop"));
            }
        } catch (IOException | RuntimeException e) {
            out.println("   (could not stop the demo cluster in " + dir + ": " + Failures.describe(e) + ")");
        } finally {
            if (dir != null && !running) {
                deleteRecursively(dir);
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(List<String> cmd, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("PGTZ", "UTC");
        pb.environment().remove("PGOPTIONS");
        pb.environment().remove("PSQLRC");
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd.get(0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return new Result(p.exitValue(), output);
    }

    /** initdb and pg_ctl refuse to run as root: run them as the postgres OS user then. */
    private void server(List<String> cmd) throws IOException {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        Result r = run(full, null);
        if (r.exit != 0) {
            throw new IOException(Path.of(cmd.get(0)).getFileName() + " failed: " + firstLines(r.output, 3));
        }
    }

    private void chownToPostgres(Path p) throws IOException {
        if (ROOT) {
            Files.setOwner(p, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
        }
    }

    private static String firstLines(String text, int n) {
        return String.join(" / ", text.lines().limit(n).toList());
    }

    private static boolean hasPlJava(String pkglib, String share) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(pkglib), "libpljava-so-*.so")) {
            return files.iterator().hasNext() && Files.exists(Path.of(share, "extension", "pljava.control"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The repository root: set by ./iin, else three levels above cli/target/iin-cli.jar. */
    private static Path root() {
        String set = System.getProperty("iin.root");
        if (set != null) {
            return Path.of(set);
        }
        try {
            Path jar = Path.of(Postgres.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            return root == null ? null : root.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String pgConfig(String option) {
        try {
            Process p = new ProcessBuilder("pg_config", option).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temp directory
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
