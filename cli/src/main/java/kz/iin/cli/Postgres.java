package kz.iin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.iin.pg.PgInstallation;
import kz.iin.pg.ThrowawayCluster;

/**
 * The PostgreSQL part of the demo: when PostgreSQL, PL/Java and the iin extension are installed on this
 * machine ({@code java -jar iin-pljava.jar install}), a throwaway cluster runs {@code CREATE EXTENSION iin},
 * shows the {@code iin.iin} domain rejecting a bad row and a query decoding birth dates, and is deleted.
 * Otherwise one line says what is missing and how to enable it. Nothing is read from the source tree.
 */
final class Postgres {
    private static final String DOCS = "docs/postgresql.md";
    private final PrintStream out;

    Postgres(PrintStream out) {
        this.out = out;
    }

    /** Runs the tour, or prints why not; never throws. */
    void tour(String good1, String good2, String bad) {
        Optional<PgInstallation> found;
        try {
            found = PgInstallation.find();
        } catch (RuntimeException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            out.println("   skipped: no PostgreSQL here (pg_config not found). To enable: install PostgreSQL 15 with"
                    + " PL/Java (package postgresql-15-pljava), then the iin extension; see " + DOCS + ".");
            return;
        }
        PgInstallation pg = found.get();
        if (!pg.hasPlJava()) {
            out.println("   skipped: PL/Java is not installed for this PostgreSQL (no libpljava-so-*.so in " + pg.pkglibdir()
                    + "). To enable: install postgresql-15-pljava (PostgreSQL apt repository), then run iin demo again.");
            return;
        }
        if (!pg.hasIinExtension()) {
            out.println("   skipped: the iin extension is not installed into this PostgreSQL (" + pg.sharedir()
                    + "/extension). To enable: sudo java -jar pljava-ext/target/iin-pljava.jar install, then run iin demo again.");
            return;
        }
        out.println("   A throwaway PostgreSQL cluster with PL/Java (deleted afterwards):");
        try (ThrowawayCluster cluster = ThrowawayCluster.start(pg, List.of(pg.iinVmOptionsLine()))) {
            cluster.exec("postgres", "SET client_min_messages = warning; CREATE EXTENSION iin CASCADE");
            Path script = cluster.dir.resolve("demo.sql");
            Files.writeString(script, String.join("\n",
                    "CREATE TABLE person (name text, iin iin.iin NOT NULL);",
                    "INSERT INTO person VALUES ('Anna', '" + good1 + "'), ('Aidar', '" + good2 + "');",
                    "INSERT INTO person VALUES ('Typo', '" + bad + "');",
                    "SELECT name, iin.iin_mask(iin) AS iin, iin.iin_birth_date(iin) AS encoded_birth_date,",
                    "       iin.iin_sex(iin) AS encoded_sex FROM person ORDER BY name;", ""), StandardCharsets.UTF_8);
            ThrowawayCluster.Result demo = cluster.psqlTranscript("postgres", script, "-v", "VERBOSITY=terse");
            for (String line : demo.output().split("\n")) {
                out.println("     " + line);
            }
        } catch (IOException | RuntimeException e) {
            out.println("   the PostgreSQL part failed: " + Redact.digits(Failures.describe(e)));
        }
    }
}
