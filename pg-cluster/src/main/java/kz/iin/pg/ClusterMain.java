package kz.iin.pg;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The throwaway cluster for shell scripts (bench/sql):
 * <pre>
 *   eval "$(java -jar pg-cluster/target/iin-pg-cluster.jar start [--iin] ['conf line' ...])"
 *   ... psql -h "$PGHOST" ...
 *   java -jar pg-cluster/target/iin-pg-cluster.jar stop "$IIN_PG_DIR"
 * </pre>
 * {@code start} prints shell assignments (IIN_PG_DIR, PGHOST, PGPORT, PGUSER); {@code --iin} adds the
 * {@code pljava.vmoptions} line of the installed iin extension (java -jar iin-pljava.jar install).
 * <pre>
 *   eval "$(java -jar iin-pg-cluster.jar pgbouncer "$IIN_PG_DIR" DATABASE ['pgbouncer.ini line' ...])"
 *   ... psql -h 127.0.0.1 -p "$IIN_PGBOUNCER_PORT" DATABASE ...
 *   java -jar iin-pg-cluster.jar pgbouncer-stop "$IIN_PGBOUNCER_DIR"
 * </pre>
 * {@code pgbouncer} puts a {@link Pgbouncer} in front of that cluster, serving DATABASE as user postgres.
 */
public final class ClusterMain {
    private ClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("start", "stop", "pgbouncer", "pgbouncer-stop").contains(args[0])) {
            System.err.println("usage: start [--iin] ['postgresql.conf line' ...] | stop DIR"
                    + " | pgbouncer CLUSTER_DIR DATABASE ['pgbouncer.ini line' ...] | pgbouncer-stop DIR");
            System.exit(2);
        }
        if (args[0].equals("pgbouncer-stop")) {
            if (args.length != 2) {
                System.err.println("usage: pgbouncer-stop DIR");
                System.exit(2);
            }
            Pgbouncer.stopAndDelete(Path.of(args[1]));
            return;
        }
        PgInstallation pg = PgInstallation.find().orElse(null);
        if (pg == null) {
            System.err.println("no PostgreSQL here: pg_config not found (set PG_CONFIG)");
            System.exit(1);
        }
        if (args[0].equals("pgbouncer")) {
            startPgbouncer(pg, args);
            return;
        }
        if (args[0].equals("stop")) {
            if (args.length != 2) {
                System.err.println("usage: stop DIR");
                System.exit(2);
            }
            ThrowawayCluster.stopAndDelete(pg, Path.of(args[1]));
            return;
        }
        List<String> conf = new java.util.ArrayList<>(Arrays.asList(args).subList(1, args.length));
        if (conf.remove("--iin")) {
            if (!pg.hasIinExtension()) {
                System.err.println("the iin extension is not installed in " + pg.sharedir()
                        + ": run java -jar pljava-ext/target/iin-pljava.jar install (as root)");
                System.exit(1);
            }
            conf.add(pg.iinVmOptionsLine());
        }
        ThrowawayCluster c = ThrowawayCluster.start(pg, conf, false);
        System.out.println("IIN_PG_DIR='" + c.dir + "'; PGHOST='" + c.dir + "'; PGPORT=" + c.port
                + "; PGUSER=postgres; export PGHOST PGPORT PGUSER");
    }

    private static void startPgbouncer(PgInstallation pg, String[] args) throws Exception {
        Path binary = Pgbouncer.find().orElse(null);
        if (args.length < 3 || binary == null) {
            System.err.println(binary == null ? "no pgbouncer here (Debian: apt-get install pgbouncer; or set PGBOUNCER)"
                    : "usage: pgbouncer CLUSTER_DIR DATABASE ['pgbouncer.ini line' ...]");
            System.exit(binary == null ? 1 : 2);
        }
        ThrowawayCluster server = ThrowawayCluster.attach(pg, Path.of(args[1]));
        Pgbouncer b = Pgbouncer.start(server, binary, java.util.Map.of(args[2], "dbname=" + args[2] + " user=postgres"),
                Arrays.asList(args).subList(3, args.length), false);
        System.out.println("IIN_PGBOUNCER_DIR='" + b.dir + "'; IIN_PGBOUNCER_PORT=" + b.port);
    }
}
