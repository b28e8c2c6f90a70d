package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.pg.Pgbouncer;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The deployment the docs recommend: many clients through pgbouncer in transaction mode with a small pool. Rows
 * stored are exactly the transactions committed, every bad value is refused with 23514 (a refused transaction
 * leaves nothing behind), and only the pool's few server connections ever start a JVM. Then the faults: the
 * pooler killed mid-run, and the first call's JVM start under a short statement_timeout.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolerIT {
    private static final int POOL = 4;
    private static final int CLIENTS = 64;
    private static final int TRANSACTIONS_PER_CLIENT = 40;
    /** Starts the JVM with the timeout off for that statement only; RESET brings back the role's setting. */
    private static final String WARM = "SET statement_timeout = 0; SELECT iin.iin_is_valid('900101300007'); RESET statement_timeout";
    private static final String FIRST_CALL = "SELECT iin.iin_is_valid('900101300007') || ' ' || current_setting('statement_timeout')";
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        Extension.assumeAvailable();
        Pooling.pgbouncerOrSkip();
        pg = Extension.cluster("max_connections = 40", "synchronous_commit = on");
        Extension.createDatabaseWithExtension(pg, "pooled");
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void noBackendLeftFromTheLastTest() throws Exception {
        awaitNoBackends();
    }

    private void awaitNoBackends() throws Exception {
        awaitUntil(() -> JvmBackends.clientBackends(pg, "pooled").isEmpty());
        assertThat(JvmBackends.clientBackends(pg, "pooled")).as("backends still connected").isEmpty();
    }

    /** Polls {@code done} every 100 ms for up to a minute; the caller asserts what it waited for. */
    private static void awaitUntil(Callable<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.call() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void manyClientsThroughASmallTransactionPoolStoreExactlyTheCommittedRowsAndStartOneJvmPerServerConnection()
            throws Exception {
        pg.exec("pooled", "CREATE TABLE person (client int, seq int, part int, iin iin.iin NOT NULL,"
                + " PRIMARY KEY (client, seq, part))");
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Pgbouncer bouncer = Pooling.transactionPool(pg, Map.of("pooled", "dbname=pooled user=postgres"), POOL)) {
            ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch allConnected = new CountDownLatch(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(threads.submit(() -> {
                    try (Connection conn = DriverManager.getConnection(bouncer.jdbcUrl("pooled"), "postgres", "");
                         PreparedStatement insert = conn.prepareStatement("INSERT INTO person VALUES (?, ?, ?, ?)")) {
                        conn.setAutoCommit(false);
                        allConnected.countDown();
                        allConnected.await(60, TimeUnit.SECONDS); // a storm: everybody at once
                        for (int seq = 0; seq < TRANSACTIONS_PER_CLIENT; seq++) {
                            runOne(conn, insert, client, seq, committed, refused, unexpected);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(15, TimeUnit.MINUTES);
            }
            threads.shutdown();

            assertThat(unexpected).as("errors other than the domain's refusal").isEmpty();
            assertThat(refused).as("every transaction with a bad value refused")
                    .hasSize(CLIENTS * (int) java.util.stream.IntStream.range(0, TRANSACTIONS_PER_CLIENT)
                            .filter(PoolerIT::hasBadValue).count());
            Set<String> stored = new HashSet<>(List.of(pg.exec("pooled",
                    "SELECT client || '/' || seq || '/' || part FROM person").split("\n")));
            assertThat(stored).as("rows stored = rows of committed transactions").isEqualTo(committed);
            assertThat(pg.exec("pooled", "SELECT count(*) FROM person WHERE NOT iin.iin_is_valid(iin)")).isEqualTo("0\n");

            Set<Long> poolBackends = bouncer.serverPids();
            assertThat(poolBackends).as("the pool's server connections").hasSize(POOL);
            assertThat(JvmBackends.clientBackends(pg, "pooled")).as("no backend but the pool's").isEqualTo(poolBackends);
            assertThat(JvmBackends.withJvm(pg, "pooled")).as("backends that started a JVM = the pool's").isEqualTo(poolBackends);
        }
    }

    /** Every fifth transaction carries a bad check digit: alone (seq % 10 == 3) or after a good row (seq % 10 == 8). */
    private static boolean hasBadValue(int seq) {
        return seq % 5 == 3;
    }

    private static void runOne(Connection conn, PreparedStatement insert, int client, int seq, Set<String> committed,
                               Set<String> refused, List<String> unexpected) throws SQLException {
        String good = validIin(client, seq);
        String bad = good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
        List<String> values = switch (seq % 10) {
            case 3 -> List.of(bad);
            case 8 -> List.of(good, bad);
            case 5, 6 -> List.of(good, validIin(client + 1000, seq));
            default -> List.of(good);
        };
        try {
            for (int part = 0; part < values.size(); part++) {
                insert.setInt(1, client);
                insert.setInt(2, seq);
                insert.setInt(3, part);
                insert.setString(4, values.get(part));
                insert.executeUpdate();
            }
            conn.commit();
            for (int part = 0; part < values.size(); part++) {
                committed.add(client + "/" + seq + "/" + part);
            }
        } catch (SQLException e) {
            conn.rollback();
            if ("23514".equals(e.getSQLState()) && hasBadValue(seq)) {
                refused.add(client + "/" + seq);
            } else {
                unexpected.add(client + "/" + seq + ": " + e.getSQLState() + " " + e.getMessage());
            }
        }
    }

    private static String validIin(int client, int seq) {
        return Iin.firstAssignable(LocalDate.of(1950, 1, 1).plusDays((client * 53L + seq) % 30_000), seq % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                seq).value();
    }

    @Test
    void pgbouncerKilledMidRunCutsItsClientsAndLosesNoCommittedTransactionNorHalfOfOne() throws Exception {
        pg.exec("pooled", "CREATE TABLE pair (client int, seq int, part int, iin iin.iin NOT NULL,"
                + " PRIMARY KEY (client, seq, part))");
        int clients = 16;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        Map<Integer, SQLException> failures = new ConcurrentHashMap<>();
        AtomicInteger commits = new AtomicInteger();
        Pgbouncer bouncer = Pooling.transactionPool(pg, Map.of("pooled", "dbname=pooled user=postgres"), POOL);
        try {
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(threads.submit(() -> {
                    try (Connection conn = DriverManager.getConnection(bouncer.jdbcUrl("pooled"), "postgres", "");
                         PreparedStatement insert = conn.prepareStatement("INSERT INTO pair VALUES (?, ?, ?, ?)")) {
                        conn.setAutoCommit(false);
                        for (int seq = 0; ; seq++) {
                            String key = client + "/" + seq;
                            inFlight.add(key);
                            for (int part = 0; part < 2; part++) { // two rows: both or neither
                                insert.setInt(1, client);
                                insert.setInt(2, seq);
                                insert.setInt(3, part);
                                insert.setString(4, validIin(client + 100 * part, seq % 5000));
                                insert.executeUpdate();
                            }
                            conn.commit();
                            acknowledged.add(key);
                            inFlight.remove(key);
                            commits.incrementAndGet();
                        }
                    } catch (SQLException e) {
                        failures.put(client, e);
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (commits.get() < 1_000 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(commits.get()).as("commits before the kill").isGreaterThanOrEqualTo(1_000);
            bouncer.kill();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
        } finally {
            bouncer.close();
        }
        assertThat(failures).as("every client saw its connection fail").hasSize(clients);
        assertThat(failures.values()).allSatisfy(e -> assertThat(e.getSQLState()).as(e.getMessage()).startsWith("08"));

        // The pool's backends notice that pgbouncer is gone and roll back what was open.
        awaitNoBackends();
        Map<String, Integer> parts = new java.util.HashMap<>();
        for (String line : pg.exec("pooled", "SELECT client || '/' || seq, count(*) FROM pair GROUP BY 1").split("\n")) {
            String[] f = line.split("\\|");
            parts.put(f[0], Integer.parseInt(f[1]));
        }
        assertThat(parts.keySet()).as("every acknowledged commit is stored").containsAll(acknowledged);
        Set<String> extra = new HashSet<>(parts.keySet());
        extra.removeAll(acknowledged);
        assertThat(inFlight).as("at most the unacknowledged transactions in flight may have committed").containsAll(extra);
        assertThat(parts.values()).as("nothing half-applied: both rows of each transaction or neither").containsOnly(2);
        try (Connection c = Extension.connect(pg, "pooled"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pair WHERE NOT iin.iin_is_valid(iin)")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(pg.serverLog()).doesNotContain("terminated by signal");
    }

    @Test
    void warmingTheJvmWithTheTimeoutOffKeepsAShortStatementTimeoutFromFailingTheFirstCall() throws Exception {
        // An application role with a statement_timeout shorter than a JVM start (the trip).
        pg.exec("pooled", "CREATE ROLE app LOGIN; ALTER ROLE app SET statement_timeout = '100ms'");
        try (Connection direct = DriverManager.getConnection(pg.jdbcUrl("pooled").replace("user=postgres", "user=app"));
             Statement s = direct.createStatement()) {
            String state = "none: it answered";
            try {
                s.executeQuery("SELECT iin.iin_is_valid('900101300007')").close();
            } catch (SQLException e) {
                state = e.getSQLState();
            }
            assertThat(state).as("direct: the first call of a fresh backend times out").isEqualTo("57014");
        }
        // The same warming statements as an application pool's connection-init SQL, on a direct connection.
        try (Connection direct = DriverManager.getConnection(pg.jdbcUrl("pooled").replace("user=postgres", "user=app"));
             Statement s = direct.createStatement()) {
            s.execute(WARM);
            try (ResultSet rs = s.executeQuery(FIRST_CALL)) {
                rs.next();
                assertThat(rs.getString(1)).as("direct, warmed: first call answers, role's timeout back").isEqualTo("true 100ms");
            }
        }
        awaitNoBackends();
        // The fix: pgbouncer warms each new server connection before any client gets it, with the timeout off
        // (a Java function: iin_pljava_version is plain SQL and starts no JVM).
        String warm = "connect_query='" + WARM.replace("'", "''") + "'";
        try (Pgbouncer bouncer = Pooling.transactionPool(pg, Map.of("warm", "dbname=pooled user=app " + warm), 2)) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<String>> answers = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                answers.add(threads.submit(() -> {
                    try (Connection conn = DriverManager.getConnection(bouncer.jdbcUrl("warm"), "app", "");
                         Statement s = conn.createStatement();
                         ResultSet rs = s.executeQuery(FIRST_CALL)) {
                        rs.next();
                        return rs.getString(1);
                    }
                }));
            }
            for (Future<String> a : answers) {
                assertThat(a.get(2, TimeUnit.MINUTES)).as("first statement of each client; the role's timeout in force again")
                        .isEqualTo("true 100ms");
            }
            threads.shutdown();
            // A second server connection opened for the burst may still be running its connect_query.
            awaitUntil(() -> JvmBackends.withJvm(pg, "pooled").equals(bouncer.serverPids()));
            assertThat(JvmBackends.withJvm(pg, "pooled")).as("the warmed server connections").isEqualTo(bouncer.serverPids());
        } finally {
            pg.exec("pooled", "DROP ROLE app");
        }
    }
}
