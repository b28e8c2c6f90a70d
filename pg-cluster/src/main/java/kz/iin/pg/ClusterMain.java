package kz.iin.pg;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The throwaway cluster for shell scripts (sql/bench):
 * <pre>
 *   eval "$(java -jar pg-cluster/target/iin-pg-cluster.jar start [--iin] ['conf line' ...])"
 *   ... psql -h "$PGHOST" ...
 *   java -jar pg-cluster/target/iin-pg-cluster.jar stop "$IIN_PG_DIR"
 * </pre>
 * {@code start} prints shell assignments (IIN_PG_DIR, PGHOST, PGPORT, PGUSER); {@code --iin} adds the
 * {@code pljava.vmoptions} line of the installed iin extension (java -jar iin-pljava.jar install).
 */
public final class ClusterMain {
    private ClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("start") || args[0].equals("stop"))) {
            System.err.println("usage: start [--iin] ['postgresql.conf line' ...] | stop DIR");
            System.exit(2);
        }
        PgInstallation pg = PgInstallation.find().orElse(null);
        if (pg == null) {
            System.err.println("no PostgreSQL here: pg_config not found (set PG_CONFIG)");
            System.exit(1);
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
}
