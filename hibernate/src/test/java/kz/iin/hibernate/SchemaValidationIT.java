package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.Table;
import java.io.StringWriter;
import java.util.Map;
import kz.iin.Bin;
import kz.iin.Iin;
import kz.iin.pg.ThrowawayCluster;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** hbm2ddl.auto=validate on columns of the domains iin.iin and iin.bin, with and without iin on the search_path. */
class SchemaValidationIT {
    private static final Iin IIN = Iin.parse("900101300007");
    private static final Bin BIN = Bin.parse("990151000007");
    private static ThrowawayCluster pg;

    @BeforeAll
    static void start() throws Exception {
        pg = Database.cluster();
    }

    @ParameterizedTest(name = "search_path {0}")
    @ValueSource(strings = {"public", "public,iin"})
    void stringAndTypedFieldsOnTheDomainsPassValidation(String searchPath) {
        try (EntityManagerFactory db = Database.open(Database.url(pg, "currentSchema=" + searchPath), Map.of(),
                Person.class, PersonRow.class)) {
            db.runInTransaction(em -> em.persist(new Person(searchPath.length(), IIN, BIN)));
            db.runInTransaction(em -> {
                PersonRow row = em.find(PersonRow.class, (long) searchPath.length());
                assertThat(row.iin).isEqualTo(IIN.value());
                assertThat(row.employer).isEqualTo(BIN.value());
                assertThat(em.find(Person.class, (long) searchPath.length()).iin).isEqualTo(IIN);
            });
        }
    }

    @Entity
    @Table(name = "counter")
    public static class StringOnAnIntegerColumn {
        @Id
        Long id;
        String iin;
    }

    @Test
    void validationStillRefusesAColumnOfAnotherType() {
        assertThatThrownBy(() -> Database.open(Database.url(pg, ""), Map.of(), StringOnAnIntegerColumn.class).close())
                .hasRootCauseInstanceOf(SchemaManagementException.class)
                .rootCause().hasMessageContaining("wrong column type encountered in column [iin] in table [counter]");
    }

    @Test
    void tablesHibernateCreatesHoldTheTwelveDigitsInAVarchar12() {
        StringWriter script = new StringWriter();
        new PersistenceConfiguration("ddl")
                .provider(HibernatePersistenceProvider.class.getName())
                .managedClass(Person.class)
                .property(PersistenceConfiguration.JDBC_URL, Database.url(pg, ""))
                .property("jakarta.persistence.schema-generation.scripts.action", "create")
                .property("jakarta.persistence.schema-generation.scripts.create-target", script)
                .createEntityManagerFactory().close();
        assertThat(script.toString()).contains("employer varchar(12)").contains("iin varchar(12)");
    }

    @Test
    void theDomainRefusesAnInvalidNumberThatBypassedJava() {
        try (EntityManagerFactory db = Database.open(Database.url(pg, ""), Map.of(), PersonRow.class)) {
            assertThatThrownBy(() -> db.runInTransaction(em -> em.persist(new PersonRow(99, "900101300008", null))))
                    .hasRootCauseMessage("ERROR: value for domain iin.iin violates check constraint \"iin_valid\"");
        }
    }
}
