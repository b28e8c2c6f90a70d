package kz.iin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import kz.iin.Bin;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converters under Hibernate ORM with an in-memory H2 database: typed attributes, digits in the column. */
class ConverterTest {
    @Entity(name = "Citizen")
    public static class Citizen {
        @Id
        Long id;
        Iin iin;
        Bin employer;

        protected Citizen() {
        }

        Citizen(long id, Iin iin, Bin employer) {
            this.id = id;
            this.iin = iin;
            this.employer = employer;
        }
    }

    static EntityManagerFactory database;

    @BeforeAll
    static void open() {
        database = new PersistenceConfiguration("converter-test")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Citizen.class)
                .managedClass(IinConverter.class)
                .managedClass(BinConverter.class)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:converter-test;DB_CLOSE_DELAY=-1")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
                .createEntityManagerFactory();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void valuesRoundTripAndTheColumnHoldsTheDigits() {
        database.runInTransaction(em -> em.persist(new Citizen(1, Iin.parse("900101300007"), Bin.parse("990151000007"))));
        database.runInTransaction(em -> em.persist(new Citizen(2, Iin.parse("850715400109"), null)));

        database.runInTransaction(em -> {
            Citizen first = em.find(Citizen.class, 1L);
            assertThat(first.iin).isEqualTo(Iin.parse("900101300007"));
            assertThat(first.employer).isEqualTo(Bin.parse("990151000007"));
            assertThat(em.find(Citizen.class, 2L).employer).isNull();
            Object column = em.createNativeQuery("select iin from Citizen where id = 1").getSingleResult();
            assertThat(column).isEqualTo("900101300007");
            // Queries take the typed value too.
            assertThat(em.createQuery("select c.id from Citizen c where c.iin = :iin", Long.class)
                    .setParameter("iin", Iin.parse("850715400109")).getSingleResult()).isEqualTo(2L);
        });
    }

    @Test
    void anInvalidStoredValueFailsOnLoadingWithItsReason() {
        database.runInTransaction(em -> em.persist(new Citizen(10, Iin.parse("900101300007"), null)));
        database.runInTransaction(em -> em.createNativeQuery("update Citizen set iin = '900101300008' where id = 10")
                .executeUpdate());
        database.runInTransaction(em -> assertThatThrownBy(() -> em.find(Citizen.class, 10L))
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
