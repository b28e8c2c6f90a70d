package kz.iin.pljava;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.iin.pg.Pgbouncer;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Assumptions;

/** pgbouncer in front of a test cluster, in the mode the docs recommend: transaction pooling, a small pool. */
final class Pooling {
    private static boolean skipAnnounced;

    private Pooling() {
    }

    /** Skips the calling test, with one loud line per build, when pgbouncer is not installed. */
    static synchronized Path pgbouncerOrSkip() {
        Optional<Path> found = Pgbouncer.find();
        if (found.isEmpty()) {
            if (!skipAnnounced) {
                skipAnnounced = true;
                System.out.println("SKIPPED: pooler tests need pgbouncer (Debian/Ubuntu: apt-get install pgbouncer;"
                        + " or set PGBOUNCER to its path)");
            }
            Assumptions.assumeTrue(false, "no pgbouncer");
        }
        return found.get();
    }

    /** Transaction pooling, at most {@code size} server connections per database, room for 200 clients. */
    static Pgbouncer transactionPool(ThrowawayCluster pg, Map<String, String> databases, int size) throws IOException {
        return Pgbouncer.start(pg, pgbouncerOrSkip(), databases, List.of(
                "pool_mode = transaction",
                "default_pool_size = " + size,
                "max_db_connections = " + size,
                "max_client_conn = 250",
                "server_login_retry = 1"));
    }
}
