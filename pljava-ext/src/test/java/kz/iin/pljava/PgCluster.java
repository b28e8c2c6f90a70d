package kz.iin.pljava;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private, throw-away PostgreSQL cluster with PL/Java, for the integration tests: its own temp
 * directory under /tmp, initdb and pg_ctl as the {@code postgres} OS user when the build runs as
 * root, a unix socket in that directory plus a free loopback port for JDBC, the jar copied in so
 * the server can read it. {@link #close()} stops the server and deletes the directory.
 */
final class PgCluster implements AutoCloseable {
    static final String JAR_NAME = "iin-pljava.jar";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static boolean skipAnnounced;

    final Path dir;
    final Path socketDir;
    final Path jar;
    final int port;
    private final Path data;
    private final Path bin;
    private boolean running;

    private PgCluster(Path dir, Path bin, int port) {
        this.dir = dir;
        this.socketDir = dir;
        this.data = dir.resolve("data");
        this.jar = dir.resolve(JAR_NAME);
        this.bin = bin;
        this.port = port;
    }

    /** What the machine lacks to run these tests, with how to get it; empty when all is there. */
    static Optional<String> missing() {
        Optional<Path> pgConfig = pgConfig();
        if (pgConfig.isEmpty()) {
            return Optional.of("PostgreSQL (pg_config not found; set PG_CONFIG or install postgresql-15)");
        }
        String pkglib = pgConfigValue(pgConfig.get(), "--pkglibdir");
        String share = pgConfigValue(pgConfig.get(), "--sharedir");
        boolean so = false;
        try (Stream<Path> files = Files.list(Path.of(pkglib))) {
            so = files.anyMatch(p -> p.getFileName().toString().matches("libpljava-so-.*\\.so"));
        } catch (IOException e) {
            so = false;
        }
        if (!so || !Files.exists(Path.of(share, "extension", "pljava.control"))) {
            return Optional.of("PL/Java (no libpljava-so-*.so in " + pkglib + " or no pljava.control in " + share
                    + "/extension): build PL/Java 1.6.9 from github.com/tada/pljava (tag V1_6_9) with"
                    + " postgresql-server-dev-15 and run java -jar pljava-packaging/target/pljava-pg15.jar;"
                    + " see README 'PostgreSQL through PL/Java'");
        }
        if (!Files.isReadable(libjvm())) {
            return Optional.of("libjvm.so at " + libjvm() + " (set PLJAVA_LIBJVM to a JDK 11+ libjvm.so)");
        }
        Path jar = Path.of(System.getProperty("iin.pljava.jar", "target/" + JAR_NAME));
        if (!Files.isReadable(jar)) {
            return Optional.of("the packaged jar " + jar + " (run mvn verify, not mvn test)");
        }
        return Optional.empty();
    }

    /** Skips the calling test class, loudly, when PL/Java or PostgreSQL is missing. */
    static void assumeAvailable() {
        Optional<String> missing = missing();
        if (missing.isPresent() && !skipAnnounced) {
            skipAnnounced = true; // one loud line per build, not one per test class
            System.out.println("SKIPPED: PL/Java SQL tests need " + missing.get());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(missing.isEmpty(), () -> "missing " + missing.get());
    }

    static Path libjvm() {
        String env = System.getenv("PLJAVA_LIBJVM");
        return env != null ? Path.of(env) : Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so");
    }

    static Path sqlDir() {
        return Path.of(System.getProperty("iin.sql.dir", "../sql")).toAbsolutePath().normalize();
    }

    /** initdb, configure, start. Extra postgresql.conf lines may be given. */
    static PgCluster start(String... extraConf) throws IOException {
        Path bin = Path.of(pgConfigValue(pgConfig().orElseThrow(), "--bindir"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "iin-pljava-test-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        PgCluster cluster = new PgCluster(dir, bin, freePort());
        // Also when the test JVM is stopped from outside (Ctrl-C, a surefire timeout).
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop " + dir));
        try {
            Files.copy(Path.of(System.getProperty("iin.pljava.jar", "target/" + JAR_NAME)), cluster.jar,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(cluster.jar, PosixFilePermissions.fromString("rw-r--r--"));
            cluster.chownToPostgres(dir);
            cluster.chownToPostgres(cluster.jar);
            cluster.runAsServer(List.of(bin.resolve("initdb").toString(), "-D", cluster.data.toString(),
                    "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            List<String> conf = new ArrayList<>(List.of(
                    "listen_addresses = '127.0.0.1'",
                    "port = " + cluster.port,
                    "unix_socket_directories = '" + cluster.socketDir + "'",
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    "lc_messages = 'C'",
                    "TimeZone = 'UTC'",
                    "DateStyle = 'ISO, YMD'",
                    "max_worker_processes = 8",
                    "pljava.libjvm_location = '" + libjvm() + "'"));
            conf.addAll(List.of(extraConf));
            Files.write(cluster.data.resolve("postgresql.conf"), conf, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            cluster.runAsServer(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.data.toString(),
                    "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"));
            cluster.running = true;
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The recommended JVM options shipped in sql/tuning, as a postgresql.conf line. */
    static String recommendedVmOptions() throws IOException {
        for (String line : Files.readAllLines(sqlDir().resolve("tuning/pljava-vmoptions.conf"))) {
            if (line.startsWith("pljava.vmoptions")) {
                return line;
            }
        }
        throw new IllegalStateException("no pljava.vmoptions line in sql/tuning/pljava-vmoptions.conf");
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres");
    }

    /**
     * A connection once the server accepts them again, for tests that make it restart or recover
     * (SQLSTATE 57P03: starting up, shutting down or in recovery); any other failure is thrown at once.
     */
    Connection connectWhenReady(String database, int seconds) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try {
                return connect(database);
            } catch (SQLException e) {
                if (!"57P03".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    /** Runs sql/install.sql in {@code database}, failing on any error. */
    Result install(String database) {
        Result r = psqlFile(database, sqlDir().resolve("install.sql"), Map.of("jar_url", "file:" + jar));
        if (r.exitCode != 0) {
            throw new IllegalStateException("install.sql failed:\n" + r.output);
        }
        return r;
    }

    /** psql -f file, as pg_regress would not: used for install scripts, errors prefixed with the file. */
    Result psqlFile(String database, Path file, Map<String, String> vars, String... extraArgs) {
        List<String> cmd = psqlBase(database);
        vars.forEach((k, v) -> {
            cmd.add("-v");
            cmd.add(k + "=" + v);
        });
        cmd.addAll(List.of(extraArgs));
        cmd.add("-f");
        cmd.add(file.toString());
        return run(cmd, null, file.getParent());
    }

    /** The pg_regress way: the script on stdin, echoed (-a), errors inline, into one transcript. */
    Result psqlTranscript(String database, Path script) {
        List<String> cmd = psqlBase(database);
        cmd.addAll(List.of("-a", "-q"));
        return run(cmd, script, script.getParent());
    }

    /** Runs an SQL string with psql -c. */
    Result psql(String database, String sql, String... extraArgs) {
        List<String> cmd = psqlBase(database);
        cmd.addAll(List.of(extraArgs));
        cmd.add("-c");
        cmd.add(sql);
        return run(cmd, null, dir);
    }

    List<String> psqlBase(String database) {
        return new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-h", socketDir.toString(),
                "-p", Integer.toString(port), "-U", "postgres", "-d", database));
    }

    /** Runs a client program of this PostgreSQL (pg_dump, pgbench, ...). */
    Result client(String program, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve(program).toString(), "-h", socketDir.toString(),
                "-p", Integer.toString(port), "-U", "postgres"));
        cmd.addAll(args);
        return run(cmd, null, dir);
    }

    /** Kills the server like a power cut of its processes (pg_ctl -m immediate), then starts it: crash recovery. */
    void restartImmediately() {
        runAsServer(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "restart"));
    }

    String serverLog() throws IOException {
        return Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        try {
            if (running) {
                running = false;
                runAsServer(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
                        "-w", "stop"));
            }
        } finally {
            keepServerLog();
            deleteRecursively(dir);
        }
    }

    /** The temp dir goes; its server log stays in target/pg-logs/ so a failure can be read afterwards. */
    private void keepServerLog() {
        try {
            Path logs = Files.createDirectories(Path.of("target", "pg-logs"));
            Path log = dir.resolve("server.log");
            if (Files.exists(log)) {
                Files.copy(log, logs.resolve(dir.getFileName() + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.out.println("could not keep the server log of " + dir + ": " + e);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(List<String> cmd, Path stdin, Path cwd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.put("LC_ALL", "C");
        env.put("PGTZ", "UTC");
        env.put("PGDATESTYLE", "ISO, YMD");
        env.put("PGCLIENTENCODING", "UTF8");
        env.remove("PGOPTIONS");
        env.remove("PSQLRC");
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a server-side command (initdb, pg_ctl) as the postgres OS user when we are root. */
    private void runAsServer(List<String> cmd) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        Result r = run(full, null, dir);
        if (r.exitCode != 0) {
            String log = "";
            try {
                log = Files.exists(dir.resolve("server.log")) ? serverLog() : "";
            } catch (IOException e) {
                log = e.toString();
            }
            throw new IllegalStateException("failed: " + cmd + "\n" + r.output + "\n" + log);
        }
    }

    private void chownToPostgres(Path p) throws IOException {
        if (ROOT) {
            UserPrincipal postgres = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(p, postgres);
        }
    }

    private static Optional<Path> pgConfig() {
        String env = System.getenv("PG_CONFIG");
        List<Path> candidates = new ArrayList<>();
        if (env != null) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("/usr/lib/postgresql/15/bin/pg_config"));
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty()) {
                candidates.add(Path.of(p, "pg_config"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static String pgConfigValue(Path pgConfig, String option) {
        Result r = run(List.of(pgConfig.toString(), option), null, Path.of("/"));
        if (r.exitCode != 0) {
            throw new IllegalStateException(pgConfig + " " + option + ": " + r.output);
        }
        return r.output.strip();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover temp file must not hide the test result
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
