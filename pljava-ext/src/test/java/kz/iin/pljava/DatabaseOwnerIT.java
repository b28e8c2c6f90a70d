package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database owner who is not a superuser cannot {@code CREATE EXTENSION iin} (PL/Java and iin both need a
 * superuser to install); what the DBA does instead: create it once in template1, so that every database
 * created afterwards, by anyone, has it, and the owner's role uses it with no grant.
 */
@Tag("slow")
class DatabaseOwnerIT {

    @Test
    void aNonSuperuserOwnerIsRefusedAndGetsTheExtensionFromTemplate1() throws Exception {
        try (ThrowawayCluster pg = Extension.cluster()) {
            pg.exec("postgres", "CREATE ROLE owner LOGIN CREATEDB");
            pg.exec("postgres", "CREATE DATABASE owned OWNER owner");
            ThrowawayCluster.Result refused = pg.psql("owned", "SET ROLE owner; CREATE EXTENSION iin CASCADE");
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).contains("permission denied to create extension \"pljava\"")
                    .contains("Must be superuser to create this extension.");
            pg.exec("owned", "CREATE EXTENSION pljava");
            assertThat(pg.psql("owned", "SET ROLE owner; CREATE EXTENSION iin").output())
                    .contains("permission denied to create extension \"iin\"");

            pg.exec("template1", "SET client_min_messages = warning; CREATE EXTENSION iin CASCADE");
            ThrowawayCluster.Result created = pg.psql("postgres", "CREATE DATABASE own_app", "-v", "ON_ERROR_STOP=1",
                    "-c", "SET ROLE owner");
            assertThat(created.exitCode()).as(created.output()).isZero();
            assertThat(pg.exec("own_app", "SELECT datdba::regrole FROM pg_database WHERE datname = 'own_app'")).isEqualTo("owner\n");
            assertThat(pg.exec("own_app", "SET ROLE owner; CREATE TABLE person (iin iin.iin);"
                    + " INSERT INTO person VALUES ('900101300007'); SELECT iin.iin_error('900101300008')"))
                    .endsWith("INSERT 0 1\nCHECK_DIGIT_MISMATCH\n");
        }
    }
}
