package kz.iin.hibernate;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.iin.pg.IinExtension;
import kz.iin.pg.ThrowawayCluster;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * The tests' database: a throwaway PostgreSQL cluster with {@code CREATE EXTENSION iin} (from the
 * iin-pljava.jar Maven hands over), and Hibernate persistence units on it. Without PL/Java the calling
 * test class is skipped, with one loud line per build.
 */
final class Database {
    static final String NAME = "app";
    private static final Path JAR = Path.of(System.getProperty("iin.pljava.jar", "target/iin-pljava.jar"));
    private static boolean skipAnnounced;

    private Database() {
    }

    /** The tables every test maps; each test class keeps to its own rows. */
    private static final String SCHEMA = """
            CREATE TABLE person (id bigint PRIMARY KEY, iin iin.iin, employer iin.bin);
            CREATE TABLE citizen (id bigint PRIMARY KEY, name text NOT NULL, iin iin.iin NOT NULL);
            CREATE TABLE legacy_customer (id bigint PRIMARY KEY, iin varchar(20));
            CREATE TABLE counter (id bigint PRIMARY KEY, iin integer);
            CREATE TABLE registered (id bigint PRIMARY KEY, iin iin.iin NOT NULL UNIQUE);
            """;
    private static ThrowawayCluster shared;

    /** The cluster all test classes of this JVM share (stopped when the JVM exits), with database {@link #NAME}. */
    static synchronized ThrowawayCluster cluster() throws IOException {
        assumeAvailable();
        if (shared == null) {
            ThrowawayCluster pg = IinExtension.startCluster(JAR, List.of());
            IinExtension.createDatabase(pg, NAME);
            pg.exec(NAME, SCHEMA);
            shared = pg;
        }
        return shared;
    }

    private static synchronized void assumeAvailable() {
        Optional<String> missing = IinExtension.missing(JAR);
        if (missing.isPresent() && !skipAnnounced) {
            skipAnnounced = true;
            System.out.println("SKIPPED: the Hibernate tests need " + missing.get());
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> "missing " + missing.get());
    }

    /** The JDBC URL of database {@link #NAME}, with extra driver parameters such as {@code currentSchema=public}. */
    static String url(ThrowawayCluster pg, String parameters) {
        return pg.jdbcUrl(NAME) + (parameters.isEmpty() ? "" : "&" + parameters);
    }

    /** A persistence unit of these classes on {@code url}, schema validated, plus {@code properties}. */
    static EntityManagerFactory open(String url, Map<String, String> properties, Class<?>... managed) {
        PersistenceConfiguration unit = new PersistenceConfiguration("iin-test")
                .provider(HibernatePersistenceProvider.class.getName())
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property("hibernate.hbm2ddl.auto", "validate");
        for (Class<?> c : managed) {
            unit.managedClass(c);
        }
        properties.forEach(unit::property);
        return unit.createEntityManagerFactory();
    }
}
