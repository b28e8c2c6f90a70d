package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kz.iin.pg.PgInstallation;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Citus on loopback: a coordinator and two workers, each with {@code shared_preload_libraries = 'citus'} and the
 * extension's {@code pljava.vmoptions} line. {@code CREATE EXTENSION iin} on the coordinator reaches the workers; a
 * table distributed on the person's IIN, kept as {@code text} with a named CHECK, takes COPY and plain single-row
 * INSERTs (literals, bind parameters with and without server-side prepare); an {@code iin.iin} distribution column
 * does not (to pick a shard Citus folds the literal into the column's type, which PostgreSQL never does for a domain
 * with a CHECK). Bad values are refused through the coordinator
 * and straight into a shard; {@code iin_*} filters run inside the shard tasks; a reference table keeps an
 * {@code iin.bin} column. Then the faults and growth: a worker stopped mid-run loses no committed row and leaves no
 * transaction half-applied; a third worker added and rebalanced keeps every row. The tests run in order on one
 * set of nodes.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitusIT {
    private static final String DB = "bank";
    private static final List<String> CITUS_CONF = List.of("shared_preload_libraries = 'citus'", "synchronous_commit = on",
            "citus.max_adaptive_executor_pool_size = 2", "citus.max_cached_conns_per_worker = 2");
    private static final int SHARDS = 8;
    /** Valid IINs of the 1900s: format with a serial and a range of days after 1920-01-01 (bodies without a check digit are left out). */
    private static final String IINS = "SELECT b || iin.iin_check_digit(b) AS iin FROM (SELECT to_char(date '1920-01-01' + (g %% 29000), 'YYMMDD')"
            + " || (3 + g %% 2) || lpad((g / 29000 + %d)::text, 4, '0') AS b FROM generate_series(%d, %d) g) s"
            + " WHERE iin.iin_check_digit(b) IS NOT NULL";
    private static final String BAD_IIN = "780322300459"; // 780322300458 with the check digit changed
    private static final String PERSON = "CREATE TABLE person (iin text PRIMARY KEY CONSTRAINT person_iin_valid"
            + " CHECK (iin.iin_is_valid(iin)), name text, employer_bin iin.bin)";

    private ThrowawayCluster coordinator;
    private ThrowawayCluster worker1;
    private ThrowawayCluster worker2;
    private ThrowawayCluster worker3;

    @BeforeAll
    void startCoordinatorAndTwoWorkers() throws Exception {
        Extension.assumeAvailable();
        assumeCitusInstalled();
        coordinator = citusNode();
        worker1 = citusNode();
        worker2 = citusNode();
        coordinator.exec(DB, "SELECT citus_set_coordinator_host('127.0.0.1', " + coordinator.port + ");"
                + " SELECT citus_add_node('127.0.0.1', " + worker1.port + ");"
                + " SELECT citus_add_node('127.0.0.1', " + worker2.port + ");"
                + " SET client_min_messages = warning; CREATE EXTENSION iin CASCADE");
    }

    @AfterAll
    void stopNodes() {
        for (ThrowawayCluster node : new ThrowawayCluster[] {worker3, worker2, worker1, coordinator}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void createExtensionOnTheCoordinatorReachesEveryWorker() {
        for (ThrowawayCluster worker : List.of(worker1, worker2)) {
            assertThat(worker.exec(DB, "SELECT extversion FROM pg_extension WHERE extname = 'iin'"))
                    .isEqualTo(coordinator.exec(DB, "SELECT extversion FROM pg_extension WHERE extname = 'iin'"))
                    .isNotBlank();
            assertThat(worker.exec(DB, "SELECT iin.iin_is_valid('780322300458'), iin.iin_is_valid('" + BAD_IIN + "')"))
                    .isEqualTo("t|f\n");
        }
    }

    @Test
    @Order(2)
    void anIinDomainAsDistributionColumnRefusesPlainInsertsAndMissesLookups() throws Exception {
        coordinator.exec(DB, "CREATE TABLE person_by_domain (iin iin.iin PRIMARY KEY);"
                + " SELECT create_distributed_table('person_by_domain', 'iin', shard_count => " + SHARDS + ")");
        ThrowawayCluster.Result plain = coordinator.psql(DB, "INSERT INTO person_by_domain (iin) VALUES ('780322300458')");
        System.out.println("INSERT with a literal into an iin.iin distribution column:\n" + plain.output());
        assertThat(plain.output()).contains("ERROR:  Cannot coerce text to iin.iin");
        coordinator.exec(DB, "INSERT INTO person_by_domain (iin) VALUES ('780322300458'::iin.iin)");
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person_by_domain")).isEqualTo("1\n");
        // The same pruning step sends an equality with a text literal or a text parameter to no shard at all.
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person_by_domain WHERE iin = '780322300458'"))
                .as("a lookup by a text literal on an iin.iin distribution column finds nothing").isEqualTo("0\n");
        assertThat(coordinator.exec(DB, "EXPLAIN (COSTS OFF) SELECT * FROM person_by_domain WHERE iin = '780322300458'"))
                .as("planned against no shard").contains("One-Time Filter: (false AND").doesNotContain("port=" + worker1.port)
                .doesNotContain("port=" + worker2.port);
        try (Connection c = Extension.connect(coordinator, DB);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM person_by_domain WHERE iin = ?")) {
            s.setString(1, "780322300458");
            assertThat(count(s)).as("nor by a bind parameter").isZero();
        }
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person_by_domain WHERE iin = '780322300458'::iin.iin"))
                .isEqualTo("1\n");
    }

    @Test
    @Order(3)
    void aDomainWithoutACheckOfItsOwnIsFoldedAndTakesPlainInserts() {
        coordinator.exec(DB, "CREATE DOMAIN person_iin AS text;"
                + " CREATE TABLE person_by_plain_domain (iin person_iin PRIMARY KEY"
                + " CONSTRAINT person_by_plain_domain_iin_valid CHECK (iin.iin_is_valid(iin)));"
                + " SELECT create_distributed_table('person_by_plain_domain', 'iin', shard_count => " + SHARDS + ");"
                + " INSERT INTO person_by_plain_domain (iin) VALUES ('780322300458')");
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person_by_plain_domain WHERE iin = '780322300458'"))
                .isEqualTo("1\n");
        assertThat(coordinator.psql(DB, "INSERT INTO person_by_plain_domain (iin) VALUES ('" + BAD_IIN + "')").output())
                .contains("violates check constraint \"person_by_plain_domain_iin_valid\"");
    }

    @Test
    @Order(4)
    void aTextColumnWithACheckTakesCopyAndPlainSingleRowInserts() throws Exception {
        coordinator.exec(DB, PERSON + "; SELECT create_distributed_table('person', 'iin', shard_count => " + SHARDS + ")");
        String copied;
        try (Connection c = Extension.connect(coordinator, DB)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringWriter rows = new StringWriter();
            copy.copyOut("COPY (" + String.format(IINS, 0, 0, 9_999) + ") TO STDOUT", rows);
            copied = rows.toString();
            assertThat(copy.copyIn("COPY person (iin) FROM STDIN", new StringReader(copied)))
                    .isEqualTo(copied.lines().count()).isGreaterThan(9_000);
        }
        long expected = copied.lines().count();

        try (Connection c = Extension.connect(coordinator, DB); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO person (iin, name) VALUES ('780322300458', 'literal')")).isEqualTo(1);
            expected++;
        }
        List<String> fresh = iins(1, 0, 39);
        // prepareThreshold=0: every execution is an unnamed statement planned with its values (custom plans);
        // prepareThreshold=1 with a forced generic plan: one named server-side statement, values bound at execution.
        expected += insertEach(fresh.subList(0, 20), "prepareThreshold=0");
        expected += insertEach(fresh.subList(20, 40), "prepareThreshold=1&options=-c%20plan_cache_mode%3Dforce_generic_plan");

        assertThat(Long.parseLong(coordinator.exec(DB, "SELECT count(*) FROM person").strip())).isEqualTo(expected);
        assertThat(rowsOnWorkers("person", worker1, worker2)).as("the workers' shards hold every row").isEqualTo(expected);
        for (String url : List.of("prepareThreshold=0", "prepareThreshold=1&options=-c%20plan_cache_mode%3Dforce_generic_plan")) {
            try (Connection c = DriverManager.getConnection(coordinator.jdbcUrl(DB) + "&" + url);
                 PreparedStatement s = c.prepareStatement("SELECT count(*) FROM person WHERE iin = ?")) {
                for (String iin : fresh) {
                    s.setString(1, iin);
                    assertThat(count(s)).as("lookup by bind parameter, %s", url).isEqualTo(1);
                }
            }
        }
        assertThat(coordinator.exec(DB, "EXPLAIN (COSTS OFF) SELECT name FROM person WHERE iin = '780322300458'"))
                .as("a lookup by the IIN goes to one shard").contains("Task Count: 1");
        assertThat(coordinator.exec(DB, "SELECT name FROM person WHERE iin = '780322300458'")).isEqualTo("literal\n");
    }

    @Test
    @Order(5)
    void aBadIinIsRefusedThroughTheCoordinatorAndStraightIntoAShard() throws Exception {
        try (Connection c = Extension.connect(coordinator, DB); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO person (iin) VALUES ('" + BAD_IIN + "')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"))
                    .hasMessageContaining("person_iin_valid");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (iin) VALUES (?)")) {
                p.setString(1, BAD_IIN);
                assertThatThrownBy(p::executeUpdate).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
            }
        }
        System.out.println("INSERT of a bad IIN through the coordinator:\n"
                + coordinator.psql(DB, "INSERT INTO person (iin) VALUES ('" + BAD_IIN + "')").output());
        String shard = shardOn("person", worker1);
        try (Connection c = Extension.connect(worker1, DB); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO " + shard + " (iin) VALUES ('" + BAD_IIN + "')"))
                    .as("the shard carries the CHECK itself").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"))
                    .hasMessageContaining("person_iin_valid");
        }
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person WHERE iin = '" + BAD_IIN + "'")).isEqualTo("0\n");
    }

    @Test
    @Order(6)
    void iinFunctionsAreEvaluatedInsideTheShardTasks() {
        String query = "SELECT count(*) FROM person WHERE iin.iin_birth_date(iin) < date '1960-01-01'"
                + " AND iin.iin_sex(iin) = 'F'";
        String plan = coordinator.exec(DB, "EXPLAIN (VERBOSE, COSTS OFF) " + query);
        System.out.println("EXPLAIN VERBOSE through the coordinator:\n" + plan);
        assertThat(plan).contains("Task Count: " + SHARDS);
        String taskQuery = plan.lines().filter(l -> l.strip().startsWith("Query: ")).findFirst().orElseThrow();
        assertThat(taskQuery).contains("FROM public.person_").contains("iin.iin_birth_date(iin)")
                .contains("iin.iin_sex(iin)");
        long byFunctions = Long.parseLong(coordinator.exec(DB, query).strip());
        // Generated IINs are all of the 1900s: born before 1960 = first two digits below 60; female = 7th digit 4.
        assertThat(byFunctions).isPositive().isEqualTo(Long.parseLong(coordinator.exec(DB,
                "SELECT count(*) FROM person WHERE left(iin, 2) < '60' AND substr(iin, 7, 1) = '4'").strip()));
    }

    @Test
    @Order(7)
    void aReferenceTableKeepsAnIinBinColumnOnEveryNode() throws Exception {
        coordinator.exec(DB, "CREATE TABLE employer (bin iin.bin PRIMARY KEY, name text NOT NULL);"
                + " SELECT create_reference_table('employer');"
                + " INSERT INTO employer VALUES ('040540000014', 'plain literal');"
                + " INSERT INTO employer SELECT b || iin.bin_check_digit(b), 'generated' FROM (SELECT '040541' || lpad(g::text, 5, '0') AS b"
                + " FROM generate_series(1, 60) g) s WHERE iin.bin_check_digit(b) IS NOT NULL LIMIT 50");
        try (Connection c = Extension.connect(coordinator, DB); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO employer VALUES ('040540000015', 'bad check digit')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"))
                    .hasMessageContaining("bin_valid");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO employer VALUES (?, 'bound')")) {
                p.setString(1, "040542000015");
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            assertThat(s.executeUpdate("UPDATE person SET employer_bin = '040540000014' WHERE name IS NOT NULL"))
                    .as("the literal row and the 40 bound ones").isEqualTo(41);
        }
        for (ThrowawayCluster node : List.of(worker1, worker2)) {
            assertThat(node.exec(DB, "SELECT count(*) FROM " + shardOn("employer", node))).isEqualTo("52\n");
        }
        assertThat(coordinator.exec(DB, "SELECT count(*) FROM person p JOIN employer e ON e.bin = p.employer_bin"
                + " WHERE e.name = 'plain literal'")).isEqualTo("41\n");
    }

    /**
     * Writers commit pairs of rows, one on each worker (so Citus commits with two-phase commit), while worker 2 is
     * stopped (pg_ctl -m immediate) and started again. Clients see errors; afterwards, once the coordinator has
     * recovered the prepared transactions, every acknowledged pair is there and no pair is there by half.
     */
    @Test
    @Order(8)
    void aWorkerStoppedMidRunLosesNoCommittedRowAndLeavesNothingHalfApplied() throws Exception {
        coordinator.exec(DB, "CREATE TABLE enrolment (iin text PRIMARY KEY CONSTRAINT enrolment_iin_valid"
                + " CHECK (iin.iin_is_valid(iin)), batch int NOT NULL);"
                + " SELECT create_distributed_table('enrolment', 'iin', shard_count => " + SHARDS + ")");
        List<String[]> pairs = crossWorkerPairs(3_000);
        int writers = 3;
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> attempted = ConcurrentHashMap.newKeySet();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(pool.submit(() -> {
                Connection c = null;
                while (!stop.get()) {
                    int batch = next.getAndIncrement();
                    if (batch >= pairs.size()) {
                        return null;
                    }
                    attempted.add(batch);
                    try {
                        if (c == null || c.isClosed()) {
                            c = Extension.connect(coordinator, DB);
                            c.setAutoCommit(false);
                        }
                        try (PreparedStatement p = c.prepareStatement("INSERT INTO enrolment (iin, batch) VALUES (?, ?)")) {
                            for (String iin : pairs.get(batch)) {
                                p.setString(1, iin);
                                p.setInt(2, batch);
                                p.executeUpdate();
                            }
                        }
                        c.commit();
                        acknowledged.add(batch);
                    } catch (SQLException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getSQLState() + " " + e.getMessage());
                        try {
                            c.rollback();
                        } catch (SQLException | RuntimeException ignored) {
                            c = null; // a broken connection: the next batch opens a new one
                        }
                        Thread.sleep(20);
                    }
                }
                if (c != null) {
                    c.close();
                }
                return null;
            }));
        }
        try {
            waitUntil(() -> acknowledged.size() >= 150, 120, "150 pairs committed before the fault");
            worker2.stopImmediately();
            int before = acknowledged.size();
            waitUntil(() -> errors.get() >= 10, 60, "clients seeing errors while worker 2 is down");
            assertThat(acknowledged.size() - before).as("no pair commits while one of its workers is down")
                    .isLessThanOrEqualTo(writers);
            worker2.startAgain();
            int restarted = acknowledged.size();
            waitUntil(() -> acknowledged.size() >= restarted + 150, 120, "150 pairs committed after the restart");
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        System.out.println("worker stopped mid-run: " + acknowledged.size() + " pairs acknowledged, " + errors.get()
                + " client errors, the first: " + firstError.get());
        coordinator.exec(DB, "SELECT recover_prepared_transactions()");

        Set<Integer> stored = new HashSet<>();
        try (Connection c = Extension.connect(coordinator, DB); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT batch, count(*) FROM enrolment GROUP BY batch")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("rows of pair %d (never half a pair)", rs.getInt(1)).isEqualTo(2);
                    stored.add(rs.getInt(1));
                }
            }
        }
        assertThat(errors.get()).as("the clients saw the stopped worker").isPositive();
        assertThat(stored).as("every acknowledged pair is stored").containsAll(acknowledged);
        assertThat(attempted).as("nothing stored that no client sent").containsAll(stored);
        for (ThrowawayCluster worker : List.of(worker1, worker2)) {
            assertThat(worker.exec(DB, "SELECT count(*) FROM pg_prepared_xacts")).as("no prepared transaction left")
                    .isEqualTo("0\n");
        }
    }

    @Test
    @Order(9)
    void aThirdWorkerAddedAndRebalancedKeepsEveryRow() throws Exception {
        String everyRow = "SELECT count(*) || ' ' || md5(string_agg(iin, ',' ORDER BY iin)) FROM ";
        String people = coordinator.exec(DB, everyRow + "person");
        String enrolled = coordinator.exec(DB, everyRow + "enrolment");
        worker3 = citusNode();
        coordinator.exec(DB, "SELECT citus_add_node('127.0.0.1', " + worker3.port + ")");
        assertThat(worker3.exec(DB, "SELECT extversion FROM pg_extension WHERE extname = 'iin'"))
                .as("adding a node creates the extension there").isEqualTo(
                        coordinator.exec(DB, "SELECT extversion FROM pg_extension WHERE extname = 'iin'"));

        long started = System.nanoTime();
        coordinator.exec(DB, "SET client_min_messages = warning;"
                + " SELECT rebalance_table_shards(shard_transfer_mode => 'block_writes')");
        System.out.printf("rebalance_table_shards onto a third worker: %.1f s%n", (System.nanoTime() - started) / 1e9);

        String placements = "SELECT count(*) FROM pg_dist_shard_placement p JOIN pg_dist_shard s USING (shardid)"
                + " WHERE s.logicalrelid = 'person'::regclass AND p.nodeport = ";
        assertThat(Integer.parseInt(coordinator.exec(DB, placements + worker3.port).strip()))
                .as("shards of person moved to the new worker").isPositive();
        assertThat(coordinator.exec(DB, everyRow + "person")).isEqualTo(people);
        assertThat(coordinator.exec(DB, everyRow + "enrolment")).isEqualTo(enrolled);
        assertThat(rowsOnWorkers("person", worker1, worker2, worker3)).isEqualTo(Long.parseLong(people.split(" ")[0]));
        assertThat(worker3.exec(DB, "SELECT count(*) FROM " + shardOn("employer", worker3))).isEqualTo("52\n");

        ThrowawayCluster.Result refused = worker3.psql(DB, "INSERT INTO " + shardOn("person", worker3)
                + " (iin) VALUES ('" + BAD_IIN + "')");
        assertThat(refused.output()).contains("violates check constraint \"person_iin_valid\"");
        long onWorker3 = rowsOnWorkers("person", worker3);
        coordinator.exec(DB, "INSERT INTO person (iin) " + String.format(IINS, 2, 0, 199));
        assertThat(rowsOnWorkers("person", worker3)).as("the new worker takes its share of new rows").isGreaterThan(onWorker3);
    }

    @Test
    @Order(10)
    void aWorkerWithoutTheExtensionsLineIsNotAdded() throws Exception {
        try (ThrowawayCluster bare = ThrowawayCluster.start(Extension.pg(), CITUS_CONF)) {
            bare.createDatabase(DB);
            bare.exec(DB, "CREATE EXTENSION citus");
            ThrowawayCluster.Result added = coordinator.psql(DB, "SELECT citus_add_node('127.0.0.1', " + bare.port + ")");
            System.out.println("citus_add_node of a worker without the pljava.vmoptions line:\n" + added.output());
            assertThat(added.output()).contains("ERROR:").contains("extension iin: its Java functions cannot run");
            assertThat(coordinator.exec(DB, "SELECT count(*) FROM pg_dist_node WHERE nodeport = " + bare.port)).isEqualTo("0\n");
            assertThat(bare.exec(DB, "SELECT count(*) FROM pg_extension WHERE extname = 'iin'")).isEqualTo("0\n");
        }
    }

    /**
     * A node with Citus preloaded and the extension's line, its database {@code bank} with Citus created. Each
     * connection Citus opens to a worker is a backend that starts its own JVM, and only the cached ones outlive a
     * statement: a small executor pool with as many cached connections keeps those JVMs warm.
     */
    private static ThrowawayCluster citusNode() throws Exception {
        ThrowawayCluster node = Extension.cluster(CITUS_CONF.toArray(String[]::new));
        node.createDatabase(DB);
        node.exec(DB, "CREATE EXTENSION citus");
        return node;
    }

    private static void assumeCitusInstalled() {
        PgInstallation pg = Extension.pg();
        if (Files.exists(pg.pkglibdir().resolve("citus.so")) && Files.exists(pg.sharedir().resolve("extension/citus.control"))) {
            return;
        }
        Path installer = Extension.extensionDir().getParent().resolve("../shared/citus/install-citus").normalize();
        if (Files.exists(installer)) {
            throw new IllegalStateException("Citus is missing although " + installer + " is here: run it (as .ci/run does)"
                    + " before mvn verify");
        }
        System.out.println("SKIPPED: Citus tests need Citus 13.x in " + pg.pkglibdir() + " (package postgresql-15-citus-13.x"
                + " from the Citus project's repository, or a source build)");
        Assumptions.assumeTrue(false, "Citus is not installed");
    }

    /** Valid IINs, distinct per {@code serialOffset}. */
    private List<String> iins(int serialOffset, int from, int to) {
        return coordinator.exec(DB, String.format(IINS, serialOffset, from, to)).lines().toList();
    }

    /** Inserts each IIN with a PreparedStatement on a connection with these URL parameters; returns the rows inserted. */
    private long insertEach(List<String> iins, String urlParameters) throws SQLException {
        long inserted = 0;
        try (Connection c = DriverManager.getConnection(coordinator.jdbcUrl(DB) + "&" + urlParameters);
             PreparedStatement p = c.prepareStatement("INSERT INTO person (iin, name) VALUES (?, ?)")) {
            for (String iin : iins) {
                p.setString(1, iin);
                p.setString(2, urlParameters);
                inserted += p.executeUpdate();
            }
        }
        assertThat(inserted).isEqualTo(iins.size());
        return inserted;
    }

    /** Pairs of valid IINs whose shards are on different workers. */
    private List<String[]> crossWorkerPairs(int count) {
        String placed = "SELECT c.iin FROM (" + String.format(IINS, 3, 0, 3 * count) + ") c"
                + " JOIN pg_dist_shard_placement p ON p.shardid = get_shard_id_for_distribution_column('enrolment', c.iin)"
                + " WHERE p.nodeport = ";
        String limit = " ORDER BY c.iin LIMIT " + count;
        List<String> on1 = coordinator.exec(DB, placed + worker1.port + limit).lines().toList();
        List<String> on2 = coordinator.exec(DB, placed + worker2.port + limit).lines().toList();
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(on1.size(), on2.size()); i++) {
            pairs.add(new String[] {on1.get(i), on2.get(i)});
        }
        assertThat(pairs).hasSizeGreaterThan(count / 2);
        return pairs;
    }

    /** The name of one shard of {@code table} placed on {@code node}. */
    private String shardOn(String table, ThrowawayCluster node) {
        String shard = coordinator.exec(DB, "SELECT shard_name('" + table + "', shardid) FROM pg_dist_shard_placement"
                + " JOIN pg_dist_shard USING (shardid) WHERE logicalrelid = '" + table + "'::regclass AND nodeport = "
                + node.port + " ORDER BY shardid LIMIT 1").strip();
        assertThat(shard).as("a shard of %s on port %d", table, node.port).isNotEmpty();
        return shard;
    }

    /** Rows in the shards of {@code table} on these workers, counted on the workers themselves. */
    private long rowsOnWorkers(String table, ThrowawayCluster... workers) {
        long rows = 0;
        for (ThrowawayCluster node : workers) {
            String shards = coordinator.exec(DB, "SELECT string_agg('SELECT count(*) FROM ' || shard_name('" + table
                    + "', shardid), ' UNION ALL ') FROM pg_dist_shard_placement JOIN pg_dist_shard USING (shardid)"
                    + " WHERE logicalrelid = '" + table + "'::regclass AND nodeport = " + node.port).strip();
            if (!shards.isEmpty()) {
                rows += Long.parseLong(node.exec(DB, "SELECT sum(count) FROM (" + shards + ") s").strip());
            }
        }
        return rows;
    }

    private static long count(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Condition {
        boolean holds();
    }

    private static void waitUntil(Condition condition, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
