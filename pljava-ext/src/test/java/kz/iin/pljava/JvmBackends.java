package kz.iin.pljava;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import kz.iin.pg.ThrowawayCluster;

/**
 * Which backends of a cluster have started a JVM. A PostgreSQL backend is one process that loads libjvm.so only
 * when PL/Java starts its JVM there, so the process's memory map tells.
 */
final class JvmBackends {
    private JvmBackends() {
    }

    /** Process ids of the client backends connected to {@code database}, apart from the one asking. */
    static Set<Long> clientBackends(ThrowawayCluster pg, String database) {
        Set<Long> pids = new TreeSet<>();
        pg.exec("postgres", "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname = '"
                + database + "' AND pid <> pg_backend_pid()").lines().filter(l -> !l.isBlank())
                .forEach(l -> pids.add(Long.parseLong(l.strip())));
        return pids;
    }

    /** Those of {@link #clientBackends} that have a JVM. */
    static Set<Long> withJvm(ThrowawayCluster pg, String database) throws IOException {
        Set<Long> pids = new TreeSet<>();
        for (long pid : clientBackends(pg, database)) {
            if (hasJvm(pid)) {
                pids.add(pid);
            }
        }
        return pids;
    }

    static boolean hasJvm(long pid) throws IOException {
        Path maps = Path.of("/proc", Long.toString(pid), "maps");
        try {
            return Files.readString(maps, StandardCharsets.ISO_8859_1).contains("/libjvm.so");
        } catch (java.nio.file.NoSuchFileException gone) {
            return false; // the backend has exited meanwhile
        }
    }
}
