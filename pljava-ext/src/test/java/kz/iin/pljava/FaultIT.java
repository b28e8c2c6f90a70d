package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults under load: a backend terminated in the middle of a bulk insert, and the whole server
 * killed (pg_ctl -m immediate) while writers commit. Afterwards the table holds exactly the
 * committed rows and every row still satisfies the domain. synchronous_commit is on here, so an
 * acknowledged commit must survive the crash.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultIT {
    private static final String ROWS = "SELECT b || iin.iin_check_digit(b) FROM (SELECT to_char(date '1930-01-01' + (g %% 25000), 'YYMMDD')"
            + " || '3' || lpad(((g / 25000) %% 10000)::text, 4, '0') AS b FROM generate_series(%d, %d) g) s"
            + " WHERE iin.iin_check_digit(b) IS NOT NULL";
    private ThrowawayCluster pg;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster("synchronous_commit = on");
        Extension.createDatabaseWithExtension(pg, "fault");
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void terminatedBulkInsertLeavesExactlyTheCommittedRows() throws Exception {
        long committed;
        try (Connection c = Extension.connect(pg, "fault"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bulk (id iin.iin PRIMARY KEY)");
            committed = s.executeUpdate("INSERT INTO bulk " + String.format(ROWS, 0, 9_999));
        }
        Connection victim = Extension.connect(pg, "fault");
        int pid;
        try (ResultSet rs = victim.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        CompletableFuture<Throwable> bulk = CompletableFuture.supplyAsync(() -> {
            try (Statement s = victim.createStatement()) {
                s.executeUpdate("INSERT INTO bulk " + String.format(ROWS, 10_000, 3_000_000));
                return null;
            } catch (SQLException e) {
                return e;
            }
        });
        try (Connection c = Extension.connect(pg, "fault"); Statement s = c.createStatement()) {
            // Wait until the insert is running and has been at it for a while, then kill it.
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid
                        + " AND state = 'active' AND now() - query_start > interval '1 second'")) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
        Throwable failure = bulk.get(60, TimeUnit.SECONDS);
        assertThat(failure).as("the bulk insert was interrupted").isNotNull();
        victim.close();
        // Rarely (seen once in about twenty runs here), PL/Java 1.6.9 crashes a backend terminated inside a Java
        // call and the server restarts through crash recovery; the data must come through either way.
        try (Connection c = Extension.connectWhenReady(pg, "fault", 60); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE NOT iin.iin_is_valid(id)) FROM bulk")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(committed);
            assertThat(rs.getLong(2)).isZero();
        }
        if (pg.serverLog().contains("terminating any other active server processes")) {
            System.out.println("KNOWN ISSUE: PL/Java 1.6.9 crashed the terminated backend and the server restarted"
                    + " through crash recovery (docs/postgresql.md, Limits); committed rows and the constraint held."
                    + " Server log kept in pljava-ext/target/pg-logs/.");
        }
    }

    @Test
    void immediateRestartDuringLoadKeepsEveryAcknowledgedRowAndTheConstraint() throws Exception {
        try (Connection c = Extension.connectWhenReady(pg, "fault", 60); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE load (n int PRIMARY KEY, id iin.iin NOT NULL)");
            s.execute("CREATE TABLE pool AS SELECT row_number() OVER () AS n, v FROM (" + String.format(ROWS, 0, 99_999)
                    + ") AS p(v)");
        }
        int writers = 4;
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong attempted = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        List<Long> ackedKeys = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(CompletableFuture.runAsync(() -> {
                long n = writer;
                try (Connection c = Extension.connect(pg, "fault");
                     PreparedStatement ins = c.prepareStatement(
                             "INSERT INTO load SELECT n, v FROM pool WHERE n = ?")) {
                    while (!stop.get()) {
                        n += writers;
                        ins.setLong(1, n);
                        attempted.incrementAndGet();
                        ins.executeUpdate();
                        acknowledged.incrementAndGet();
                        ackedKeys.add(n);
                    }
                } catch (SQLException e) {
                    // the crash: this writer's connection is gone
                }
            }, pool));
        }
        while (acknowledged.get() < 2_000) {
            Thread.sleep(20);
        }
        pg.restartImmediately();
        stop.set(true);
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();
        try (Connection c = Extension.connect(pg, "fault"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE NOT iin.iin_is_valid(id)),"
                     + " count(*) FILTER (WHERE id IS DISTINCT FROM (SELECT v FROM pool WHERE pool.n = load.n)) FROM load")) {
            rs.next();
            long rows = rs.getLong(1);
            assertThat(rows).as("every acknowledged commit survived; at most the in-flight ones more")
                    .isBetween(acknowledged.get(), acknowledged.get() + writers);
            assertThat(rs.getLong(2)).as("rows violating the domain after recovery").isZero();
            assertThat(rs.getLong(3)).as("rows not matching what was written").isZero();
            try (ResultSet keys = c.createStatement().executeQuery("SELECT n FROM load")) {
                java.util.Set<Long> present = new java.util.HashSet<>();
                while (keys.next()) {
                    present.add(keys.getLong(1));
                }
                assertThat(present).containsAll(new ArrayList<>(ackedKeys));
            }
        }
        assertThat(pg.serverLog()).contains("database system was interrupted")
                .contains("database system is ready to accept connections");
    }
}
