package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import kz.iin.pg.Pgbouncer;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A DBA's trip: the class-path jar briefly missing (a bad deploy, an upgrade that removes before it installs). A
 * backend whose JVM starts in that window can never load the extension's classes: the JVM's class loader drops a
 * class-path entry it could not open, for the life of the JVM, so that backend keeps failing after the jar is
 * back, until it reconnects. Backends started before or after are fine. Behind pgbouncer the broken server
 * connection is handed to client after client until {@code RECONNECT} (or its server_lifetime) closes it.
 *
 * <p>Each cluster's class path points at a private copy of the jar, so that the outage touches nothing else.
 */
@Tag("slow")
class JarOutageIT {
    private static final String CALL = "SELECT iin.iin_is_valid('900101300007')";
    private Path jarDir;
    private Path jar;
    private Path away;

    @BeforeEach
    void privateCopyOfTheJar() throws IOException {
        Extension.assumeAvailable();
        jarDir = Files.createTempDirectory(Path.of("/tmp"), "iin-jar-outage-");
        Files.setPosixFilePermissions(jarDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = jarDir.resolve("iin-pljava.jar");
        away = jarDir.resolve("iin-pljava.jar.away");
        Files.copy(Extension.JAR, jar);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @AfterEach
    void removeTheCopy() throws IOException {
        Files.deleteIfExists(jar);
        Files.deleteIfExists(away);
        Files.deleteIfExists(jarDir);
    }

    private ThrowawayCluster clusterOnTheCopy() throws IOException {
        String line = Extension.vmOptionsLine().replaceFirst("-Djava\\.class\\.path=[^ ']*", "-Djava.class.path=" + jar);
        ThrowawayCluster pg = Extension.cluster(line);
        Extension.createDatabaseWithExtension(pg, "outage");
        return pg;
    }

    @Test
    void aBackendWhoseJvmStartedWhileTheJarWasMissingFailsUntilItReconnects() throws Exception {
        try (ThrowawayCluster pg = clusterOnTheCopy(); Connection before = Extension.connect(pg, "outage")) {
            assertThat(call(before)).isEqualTo("true");
            try (Connection during = Extension.connect(pg, "outage")) {
                Files.move(jar, away, StandardCopyOption.ATOMIC_MOVE);
                String first = call(during);
                Files.move(away, jar, StandardCopyOption.ATOMIC_MOVE);

                assertThat(first).as("JVM started without the jar").contains("ClassNotFoundException: kz.iin.pljava.IinFunctions");
                assertThat(call(during)).as("the same backend, jar back").contains("ClassNotFoundException");
                assertThat(call(during)).as("and again").contains("ClassNotFoundException");
            }
            assertThat(call(before)).as("a backend whose JVM started before the outage").isEqualTo("true");
            try (Connection after = Extension.connect(pg, "outage")) {
                assertThat(call(after)).as("a new backend").isEqualTo("true");
            }
        }
    }

    @Test
    void behindPgbouncerThePoisonedServerConnectionServesEveryClientUntilReconnect() throws Exception {
        try (ThrowawayCluster pg = clusterOnTheCopy();
             Pgbouncer bouncer = Pooling.transactionPool(pg, Map.of("outage", "dbname=outage user=postgres"), 1);
             Connection client = DriverManager.getConnection(bouncer.jdbcUrl("outage"), "postgres", "")) {
            Files.move(jar, away, StandardCopyOption.ATOMIC_MOVE);
            String during = call(client);
            Files.move(away, jar, StandardCopyOption.ATOMIC_MOVE);

            assertThat(during).contains("ClassNotFoundException");
            assertThat(call(client)).as("jar back, same pooled server connection").contains("ClassNotFoundException");
            try (Connection another = DriverManager.getConnection(bouncer.jdbcUrl("outage"), "postgres", "")) {
                assertThat(call(another)).as("another client, the pool's one server connection").contains("ClassNotFoundException");
            }
            bouncer.admin("RECONNECT outage");
            assertThat(call(client)).as("after RECONNECT on pgbouncer's admin console").isEqualTo("true");
        }
    }

    /** "true"/"false", or the error's SQLSTATE and message. */
    private static String call(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CALL)) {
            rs.next();
            return Boolean.toString(rs.getBoolean(1));
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage();
        }
    }
}
