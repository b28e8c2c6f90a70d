package kz.iin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Whether the PostgreSQL part of the demo can run here: PostgreSQL's pg_config and PL/Java installed. */
final class Postgres {
    private Postgres() {
    }

    /** One line for the demo: what is missing and how to enable it, or where to go on. */
    static String status() {
        String pkglib = pgConfig("--pkglibdir");
        if (pkglib == null) {
            return "skipped: no PostgreSQL here (pg_config not on PATH). To enable: install PostgreSQL 15 and"
                    + " PL/Java 1.6, then see pljava-ext/ and sql/install.sql.";
        }
        String share = pgConfig("--sharedir");
        boolean so = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(pkglib), "libpljava-so-*.so")) {
            so = files.iterator().hasNext();
        } catch (IOException e) {
            so = false;
        }
        if (!so || share == null || !Files.exists(Path.of(share, "extension", "pljava.control"))) {
            return "skipped: PL/Java is not installed for this PostgreSQL (no libpljava-so-*.so in " + pkglib
                    + "). To enable: build and install PL/Java 1.6 (github.com/tada/pljava), then see pljava-ext/.";
        }
        return "PL/Java is installed. The throwaway-cluster tour is not in this build of the demo; "
                + "'mvn -B verify -pl pljava-ext' runs the domain and decoding on a private cluster.";
    }

    private static String pgConfig(String option) {
        try {
            Process p = new ProcessBuilder("pg_config", option).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
