package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a table from before the domain, where some rows are not valid numbers (docs/java.md, "Legacy rows"). */
class LegacyRowsIT {
    @Entity(name = "TypedLegacyCustomer")
    @Table(name = "legacy_customer")
    public static class TypedLegacyCustomer {
        @Id
        Long id;
        Iin iin;
    }

    private static EntityManagerFactory db;

    @BeforeAll
    static void start() throws Exception {
        ThrowawayCluster pg = Database.cluster();
        pg.exec(Database.NAME, "INSERT INTO legacy_customer VALUES (3001, '900101300007'), (3002, '90010130000'),"
                + " (3003, NULL), (3004, '850715400109')");
        db = Database.open(Database.url(pg, ""), Map.of(), LegacyCustomer.class, TypedLegacyCustomer.class);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aTypedFieldFailsTheWholeListOnOneBadRow() {
        db.runInTransaction(em -> assertThatThrownBy(() -> em.createQuery("from TypedLegacyCustomer c"
                + " where c.id between 3001 and 3004", TypedLegacyCustomer.class).getResultList())
                .isInstanceOf(InvalidIdException.class)
                .satisfies(e -> assertThat(((InvalidIdException) e).error()).isEqualTo(IdError.WRONG_LENGTH)));
    }

    @Test
    void aStringFieldReadsEveryRowAndParsesOnDemand() {
        db.runInTransaction(em -> {
            List<LegacyCustomer> all = em.createQuery("from LegacyCustomer c where c.id between 3001 and 3004"
                    + " order by c.id", LegacyCustomer.class).getResultList();
            assertThat(all).extracting(LegacyCustomer::iin).containsExactly(Optional.of(Iin.parse("900101300007")),
                    Optional.empty(), Optional.empty(), Optional.of(Iin.parse("850715400109")));
            // The rows to clean up before the column becomes iin.iin, found by the database:
            assertThat(em.createQuery("select c.id from LegacyCustomer c where c.id between 3001 and 3004"
                    + " and not iin_is_valid(c.iin) order by c.id", Long.class).getResultList()).containsExactly(3002L);
        });
    }
}
