package kz.iin.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster in its own temp directory under /tmp: initdb and pg_ctl run as the
 * {@code postgres} OS user when we are root (PostgreSQL refuses root), a unix socket in that directory
 * plus a loopback port, trust authentication. {@link #close()} stops the server and deletes the
 * directory, also from a shutdown hook. Ports come from {@code IIN_PG_PORTS} (or the system property
 * {@code iin.pg.ports}), e.g. {@code 55400-55499}, else any free port.
 */
public final class ThrowawayCluster implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    /** Ports handed out by this JVM: a cluster that is still starting has not bound its port yet. */
    private static final Set<Integer> TAKEN = new HashSet<>();

    public final PgInstallation pg;
    public final Path dir;
    public final int port;
    private final Path data;
    private Path keepLogIn;
    private boolean running;

    private ThrowawayCluster(PgInstallation pg, Path dir, int port) {
        this.pg = pg;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** A result of a client program: its exit code and its stdout and stderr together. */
    public record Result(int exitCode, String output) {
    }

    /**
     * initdb, the base configuration plus {@code conf} lines (e.g. a {@code pljava.vmoptions} line), start.
     * {@code pljava.libjvm_location} is set to this JDK's libjvm.so.
     */
    public static ThrowawayCluster start(PgInstallation pg, List<String> conf) throws IOException {
        return start(pg, conf, true);
    }

    /** As {@link #start(PgInstallation, List)}; without the shutdown hook the cluster outlives this JVM. */
    static ThrowawayCluster start(PgInstallation pg, List<String> conf, boolean stopWithThisJvm) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "iin-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ThrowawayCluster cluster = new ThrowawayCluster(pg, dir, freePort());
        Thread stop = new Thread(cluster::close, "stop " + dir);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            cluster.chownToServer(dir);
            cluster.runAsServer(List.of(pg.bindir().resolve("initdb").toString(), "-D", cluster.data.toString(),
                    "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            List<String> all = new ArrayList<>(List.of(
                    "listen_addresses = '127.0.0.1'",
                    "port = " + cluster.port,
                    "unix_socket_directories = '" + dir + "'",
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    "lc_messages = 'C'",
                    "TimeZone = 'UTC'",
                    "DateStyle = 'ISO, YMD'",
                    "max_worker_processes = 16",
                    "pljava.libjvm_location = '" + PgInstallation.libjvm() + "'"));
            all.addAll(conf);
            Files.write(cluster.data.resolve("postgresql.conf"), all, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            cluster.runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", cluster.data.toString(),
                    "-l", cluster.log().toString(), "-w", "-t", "120", "start"));
            cluster.running = true;
            if (!stopWithThisJvm) {
                Runtime.getRuntime().removeShutdownHook(stop);
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * A hot standby of this cluster in its own temp directory: {@code pg_basebackup -R} (so it streams from
     * here and runs with the very same postgresql.conf lines), then its own port and socket directory. Close it
     * before this one.
     */
    public ThrowawayCluster startStandby() throws IOException {
        Path standbyDir = Files.createTempDirectory(Path.of("/tmp"), "iin-pg-standby-");
        Files.setPosixFilePermissions(standbyDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ThrowawayCluster standby = new ThrowawayCluster(pg, standbyDir, freePort());
        Thread stop = new Thread(standby::close, "stop " + standbyDir);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            standby.chownToServer(standbyDir);
            standby.runAsServer(List.of(pg.bindir().resolve("pg_basebackup").toString(), "-h", dir.toString(),
                    "-p", Integer.toString(port), "-U", "postgres", "-D", standby.data.toString(), "-R", "-X", "stream",
                    "--checkpoint=fast", "--no-sync"));
            // Later lines win: only where it listens differs from the primary.
            Files.write(standby.data.resolve("postgresql.conf"), List.of("port = " + standby.port,
                    "unix_socket_directories = '" + standbyDir + "'"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            standby.runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", standby.data.toString(),
                    "-l", standby.log().toString(), "-w", "-t", "120", "start"));
            standby.running = true;
            return standby.keepLogIn(keepLogIn);
        } catch (IOException | RuntimeException e) {
            standby.close();
            throw e;
        }
    }

    /** The server log is copied into {@code logs} when the cluster is closed (the temp directory goes). */
    public ThrowawayCluster keepLogIn(Path logs) {
        this.keepLogIn = logs;
        return this;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** A libpq connection string, for postgres_fdw, CREATE SUBSCRIPTION and the like. */
    public String conninfo(String database) {
        return "host=" + dir + " port=" + port + " user=postgres dbname=" + database;
    }

    public Result psql(String database, String sql, String... extraArgs) {
        List<String> cmd = psqlCommand(database);
        cmd.addAll(List.of(extraArgs));
        cmd.addAll(List.of("-c", sql));
        return run(cmd, null, dir);
    }

    /** psql reading {@code script} on stdin, with ON_ERROR_STOP: fails on the first error. */
    public Result psqlScript(String database, Path script, String... extraArgs) {
        List<String> cmd = psqlCommand(database);
        cmd.addAll(List.of("-v", "ON_ERROR_STOP=1"));
        cmd.addAll(List.of(extraArgs));
        return run(cmd, script, script.getParent());
    }

    /** psql reading {@code script} on stdin, echoing it ({@code -a}), errors inline, going on after them: a transcript. */
    public Result psqlTranscript(String database, Path script, String... extraArgs) {
        List<String> cmd = psqlCommand(database);
        cmd.add("-a");
        cmd.addAll(List.of(extraArgs));
        return run(cmd, script, script.getParent());
    }

    /** {@code psql -X -h dir -p port -U postgres -d database}, to extend. */
    public List<String> psqlCommand(String database) {
        return new ArrayList<>(List.of(pg.bindir().resolve("psql").toString(), "-X", "-h", dir.toString(),
                "-p", Integer.toString(port), "-U", "postgres", "-d", database));
    }

    /** Runs SQL and fails with psql's output unless it succeeded. */
    public String exec(String database, String sql) {
        Result r = psql(database, sql, "-v", "ON_ERROR_STOP=1", "-At");
        if (r.exitCode() != 0) {
            throw new IllegalStateException("psql failed on " + database + ": " + sql + "\n" + r.output());
        }
        return r.output();
    }

    public void createDatabase(String name) {
        exec("postgres", "CREATE DATABASE " + name);
    }

    /** A client program of this PostgreSQL (pg_dump, pg_restore, pgbench ...) pointed at this cluster. */
    public Result client(String program, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(pg.bindir().resolve(program).toString(), "-h", dir.toString(),
                "-p", Integer.toString(port), "-U", "postgres"));
        cmd.addAll(args);
        return run(cmd, null, dir);
    }

    /** Any command, with this cluster in PGHOST/PGPORT/PGUSER, from {@code cwd}. */
    public Result command(List<String> cmd, Path cwd) {
        return run(cmd, null, cwd, Map.of("PGHOST", dir.toString(), "PGPORT", Integer.toString(port), "PGUSER", "postgres"));
    }

    /** Kills the server like a power cut of its processes (pg_ctl -m immediate), then starts it: crash recovery. */
    public void restartImmediately() {
        runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                "-l", log().toString(), "-w", "-t", "120", "restart"));
    }

    /** Stops the server at once, as a node that loses power would (pg_ctl -m immediate); {@link #startAgain()} recovers it. */
    public synchronized void stopImmediately() {
        runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                "-w", "-t", "120", "stop"));
        running = false;
    }

    /** Starts a server stopped by {@link #stopImmediately()} again, on the same port, through crash recovery. */
    public synchronized void startAgain() {
        runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log().toString(),
                "-w", "-t", "120", "start"));
        running = true;
    }

    public String serverLog() throws IOException {
        return Files.readString(log(), StandardCharsets.UTF_8);
    }

    /** Stops the server, keeps its log if asked, deletes the directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        try {
            if (running) {
                running = false;
                runAsServer(List.of(pg.bindir().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
                        "-w", "-t", "120", "stop"));
            }
        } finally {
            keepLog();
            deleteRecursively(dir);
        }
    }

    /** Stops the cluster whose directory is {@code dir} (started by {@link ClusterMain}) and deletes it. */
    static void stopAndDelete(PgInstallation pg, Path dir) {
        ThrowawayCluster c = new ThrowawayCluster(pg, dir, 0);
        c.running = Files.exists(dir.resolve("data/postmaster.pid"));
        c.close();
    }

    /** The running cluster whose directory is {@code dir} (started by {@link ClusterMain}), to put pgbouncer in front. */
    static ThrowawayCluster attach(PgInstallation pg, Path dir) throws IOException {
        // postmaster.pid: pid, data directory, start time, port, ...
        List<String> pid = Files.readAllLines(dir.resolve("data/postmaster.pid"), StandardCharsets.UTF_8);
        return new ThrowawayCluster(pg, dir, Integer.parseInt(pid.get(3).strip()));
    }

    /** Makes a file or directory the server's, so it can read it (root only). */
    public void chownToServer(Path p) throws IOException {
        if (ROOT) {
            Files.setOwner(p, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
        }
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    private void keepLog() {
        if (keepLogIn == null || !Files.exists(log())) {
            return;
        }
        try {
            Files.createDirectories(keepLogIn);
            Files.copy(log(), keepLogIn.resolve(dir.getFileName() + ".log"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.out.println("could not keep the server log of " + dir + ": " + e);
        }
    }

    void runAsServer(List<String> cmd) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        Result r = run(full, null, dir);
        if (r.exitCode() != 0) {
            String log;
            try {
                log = Files.exists(log()) ? serverLog() : "";
            } catch (IOException e) {
                log = e.toString();
            }
            throw new IllegalStateException("failed: " + String.join(" ", cmd) + "\n" + r.output() + "\n" + log);
        }
    }

    private static Result run(List<String> cmd, Path stdin, Path cwd) {
        return run(cmd, stdin, cwd, Map.of());
    }

    private static Result run(List<String> cmd, Path stdin, Path cwd, Map<String, String> extraEnv) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.put("LC_ALL", "C");
        env.put("PGTZ", "UTC");
        env.put("PGDATESTYLE", "ISO, YMD");
        env.put("PGCLIENTENCODING", "UTF8");
        env.remove("PGOPTIONS");
        env.remove("PSQLRC");
        env.putAll(extraEnv);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        try {
            Process p = pb.start();
            if (stdin == null) {
                p.getOutputStream().close();
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.MINUTES)) {
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

    /** The first free port of IIN_PG_PORTS / iin.pg.ports ("low-high"), else one the OS picks; pgbouncer takes one too. */
    static synchronized int freePort() throws IOException {
        String range = System.getProperty("iin.pg.ports", System.getenv("IIN_PG_PORTS"));
        if (range == null || range.isBlank()) {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
        String[] bounds = range.strip().split("-");
        int low = Integer.parseInt(bounds[0]);
        int high = Integer.parseInt(bounds[bounds.length - 1]);
        for (int port = low; port <= high; port++) {
            if (TAKEN.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                TAKEN.add(port);
                return port;
            } catch (IOException busy) {
                // next one
            }
        }
        throw new IOException("no free port in " + range + " (IIN_PG_PORTS)");
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover temp file must not hide a result
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
