package kz.iin.pg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private pgbouncer in front of a {@link ThrowawayCluster}: its own temp directory (configuration, log, pid
 * file, unix socket), a loopback port from {@code IIN_PG_PORTS}, no authentication (every database entry names
 * the user it logs in as), run as the {@code postgres} OS user when we are root, since pgbouncer refuses to
 * run as root. {@link #close()} stops it and deletes the directory.
 */
public final class Pgbouncer implements AutoCloseable {
    private static final Path DEBIAN_BINARY = Path.of("/usr/sbin/pgbouncer");

    public final Path dir;
    public final int port;
    private final ThrowawayCluster server;
    private boolean running;

    private Pgbouncer(ThrowawayCluster server, Path dir, int port) {
        this.server = server;
        this.dir = dir;
        this.port = port;
    }

    /** pgbouncer from {@code PGBOUNCER}, Debian's /usr/sbin/pgbouncer, or the PATH; empty when none is installed. */
    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PGBOUNCER");
        if (env != null && !env.isEmpty()) {
            candidates.add(Path.of(env));
        }
        candidates.add(DEBIAN_BINARY);
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty()) {
                candidates.add(Path.of(p, "pgbouncer"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts pgbouncer with {@code databases} (name to the libpq options after host and port, which point at
     * {@code server}; each must say {@code user=...}, e.g. {@code "dbname=app user=postgres"}) and the extra
     * {@code [pgbouncer]} lines {@code settings}, which win over the defaults here (e.g.
     * {@code "pool_mode = transaction"}, {@code "default_pool_size = 4"}).
     */
    public static Pgbouncer start(ThrowawayCluster server, Path binary, Map<String, String> databases,
                                  List<String> settings) throws IOException {
        return start(server, binary, databases, settings, true);
    }

    /** As {@link #start(ThrowawayCluster, Path, Map, List)}; without the shutdown hook it outlives this JVM. */
    static Pgbouncer start(ThrowawayCluster server, Path binary, Map<String, String> databases, List<String> settings,
                           boolean stopWithThisJvm) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "iin-pgbouncer-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Pgbouncer bouncer = new Pgbouncer(server, dir, ThrowawayCluster.freePort());
        Thread stop = new Thread(bouncer::close, "stop " + dir);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            List<String> ini = new ArrayList<>(List.of("[databases]"));
            databases.forEach((name, options) -> ini.add(name + " = host=" + server.dir + " port=" + server.port + " " + options));
            ini.addAll(List.of("[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    "listen_port = " + bouncer.port,
                    "unix_socket_dir = " + dir,
                    "auth_type = any",
                    "admin_users = postgres",
                    "logfile = " + bouncer.log(),
                    "pidfile = " + bouncer.pidFile(),
                    // pgjdbc sends it in its start-up packet; pgbouncer refuses unknown start-up parameters.
                    "ignore_startup_parameters = extra_float_digits"));
            ini.addAll(settings);
            Files.write(bouncer.ini(), ini, StandardCharsets.UTF_8);
            server.chownToServer(dir);
            server.chownToServer(bouncer.ini());
            server.runAsServer(List.of(binary.toString(), "-d", "-q", bouncer.ini().toString()));
            bouncer.running = true;
            bouncer.awaitListening();
            if (!stopWithThisJvm) {
                Runtime.getRuntime().removeShutdownHook(stop);
            }
            return bouncer;
        } catch (IOException | RuntimeException e) {
            bouncer.close();
            throw e;
        }
    }

    public String jdbcUrl(String database) {
        // Transaction pooling hands each transaction to any server connection: no named server-side prepared
        // statements (pgbouncer supports them only from 1.21), so pgjdbc must not switch to them.
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
    }

    /** A command on the admin console ({@code RECONNECT}, {@code SHOW POOLS} ...): psql's unaligned output, no header. */
    public String admin(String command) {
        return adminPsql(command, "-At");
    }

    /** The backend process ids behind pgbouncer's server connections now ({@code SHOW SERVERS}, column remote_pid). */
    public Set<Long> serverPids() {
        List<String> rows = adminPsql("SHOW SERVERS", "-A", "--pset=footer=off").lines().filter(l -> !l.isBlank()).toList();
        int column = List.of(rows.get(0).split("\\|", -1)).indexOf("remote_pid");
        Set<Long> pids = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            pids.add(Long.parseLong(row.split("\\|", -1)[column]));
        }
        return pids;
    }

    private String adminPsql(String command, String... format) {
        List<String> cmd = new ArrayList<>(List.of(server.pg.bindir().resolve("psql").toString(), "-X", "-h", "127.0.0.1",
                "-p", Integer.toString(port), "-U", "postgres", "-d", "pgbouncer"));
        cmd.addAll(List.of(format));
        cmd.addAll(List.of("-c", command));
        ThrowawayCluster.Result r = server.command(cmd, dir);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("pgbouncer admin console: " + command + "\n" + r.output());
        }
        return r.output();
    }

    /** The process id from the pid file. */
    public long pid() throws IOException {
        return Long.parseLong(Files.readString(pidFile(), StandardCharsets.UTF_8).strip());
    }

    /** Kills pgbouncer at once (SIGKILL): clients and server connections are cut, nothing is flushed. */
    public synchronized void kill() throws IOException {
        ProcessHandle p = ProcessHandle.of(pid()).orElseThrow(() -> new IllegalStateException("pgbouncer is not running"));
        p.destroyForcibly();
        awaitExit(p);
        running = false;
    }

    public String log() throws IOException {
        return Files.exists(logPath()) ? Files.readString(logPath(), StandardCharsets.UTF_8) : "";
    }

    /** Stops pgbouncer (SIGTERM, its immediate shutdown) and deletes its directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        try {
            if (running) {
                running = false;
                Optional<ProcessHandle> p = ProcessHandle.of(pid());
                if (p.isPresent()) {
                    p.get().destroy();
                    awaitExit(p.get());
                }
            }
        } catch (IOException e) {
            // no pid file: it never started
        } finally {
            ThrowawayCluster.deleteRecursively(dir);
        }
    }

    /** Stops the pgbouncer whose directory is {@code dir} (started by {@link ClusterMain}) and deletes it. */
    static void stopAndDelete(Path dir) {
        Pgbouncer b = new Pgbouncer(null, dir, 0);
        b.running = Files.exists(b.pidFile());
        b.close();
    }

    private Path ini() {
        return dir.resolve("pgbouncer.ini");
    }

    private Path logPath() {
        return dir.resolve("pgbouncer.log");
    }

    private Path pidFile() {
        return dir.resolve("pgbouncer.pid");
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("pgbouncer did not listen on port " + port + " within 30 s:\n" + log(), notYet);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }

    private static void awaitExit(ProcessHandle p) {
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("pgbouncer " + p.pid() + " did not exit", e);
        }
    }
}
