package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.util.Map;
import kz.iin.Bin;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import kz.iin.persistence.BinConverter;
import kz.iin.persistence.IinConverter;
import kz.iin.pg.ThrowawayCluster;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * iin-validation's JPA converters (for JPA providers other than Hibernate) on the real database: listed in the
 * persistence unit they take precedence over iin-hibernate's types, and behave the same.
 */
class ConvertersIT {
    @Entity(name = "ConvertedPerson")
    @Table(name = "person")
    public static class ConvertedPerson {
        @Id
        Long id;
        Iin iin;
        Bin employer;

        protected ConvertedPerson() {
        }

        ConvertedPerson(long id, Iin iin, Bin employer) {
            this.id = id;
            this.iin = iin;
            this.employer = employer;
        }
    }

    @Entity(name = "ConvertedLegacyCustomer")
    @Table(name = "legacy_customer")
    public static class ConvertedLegacyCustomer {
        @Id
        Long id;
        Iin iin;
    }

    private static ThrowawayCluster pg;
    private static EntityManagerFactory db;

    @BeforeAll
    static void start() throws Exception {
        pg = Database.cluster();
        db = Database.open(Database.url(pg, ""), Map.of(), ConvertedPerson.class, ConvertedLegacyCustomer.class,
                IinConverter.class, BinConverter.class);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theConvertersAreTheOnesApplied() {
        var entity = db.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(ConvertedPerson.class);
        for (String attribute : new String[] {"iin", "employer"}) {
            assertThat(entity.findAttributeMapping(attribute).getSingleJdbcMapping().getValueConverter())
                    .as(attribute).isNotNull();
        }
    }

    @Test
    void valuesRoundTripAndTheColumnHoldsTheDigits() {
        db.runInTransaction(em -> {
            em.persist(new ConvertedPerson(2001, Iin.parse("900101300007"), Bin.parse("990151000007")));
            em.persist(new ConvertedPerson(2002, Iin.parse("850715400109"), null));
        });
        db.runInTransaction(em -> {
            ConvertedPerson first = em.find(ConvertedPerson.class, 2001L);
            assertThat(first.iin).isEqualTo(Iin.parse("900101300007"));
            assertThat(first.employer).isEqualTo(Bin.parse("990151000007"));
            assertThat(em.find(ConvertedPerson.class, 2002L).employer).isNull();
            assertThat(em.createQuery("select p.id from ConvertedPerson p where p.iin = :iin", Long.class)
                    .setParameter("iin", Iin.parse("850715400109")).getSingleResult()).isEqualTo(2002L);
        });
        assertThat(pg.exec(Database.NAME, "SELECT iin FROM person WHERE id = 2001").strip()).isEqualTo("900101300007");
    }

    @Test
    void anInvalidStoredValueFailsOnLoadingWithItsReason() {
        pg.exec(Database.NAME, "INSERT INTO legacy_customer VALUES (2010, '900101300008')");
        db.runInTransaction(em -> assertThatThrownBy(() -> em.find(ConvertedLegacyCustomer.class, 2010L))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(InvalidIdException.class)
                .rootCause().satisfies(e -> assertThat(((InvalidIdException) e).error())
                        .isEqualTo(IdError.CHECK_DIGIT_MISMATCH)));
    }

    @Test
    void nullStaysNull() {
        assertThat(new IinConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new IinConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new BinConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new BinConverter().convertToEntityAttribute(null)).isNull();
    }
}
