package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extension's functions from HQL and Criteria, under their SQL names, typed, with iin off the search_path. */
class FunctionsIT {
    private static final Iin BORN_1985 = Iin.firstAssignable(LocalDate.of(1985, 7, 15), Sex.FEMALE, 10);
    private static final Iin BORN_2001 = Iin.firstAssignable(LocalDate.of(2001, 2, 28), Sex.MALE, 20);
    private static final Bin BRANCH =
            Bin.firstAssignable(YearMonth.of(2007, 9), EntityType.RESIDENT, Division.BRANCH, 30);
    private static ThrowawayCluster pg;
    private static EntityManagerFactory db;

    @BeforeAll
    static void start() throws Exception {
        pg = Database.cluster();
        db = Database.open(Database.url(pg, "currentSchema=public"), Map.of(), Person.class, LegacyCustomer.class);
        db.runInTransaction(em -> {
            em.persist(new Person(1001, BORN_1985, BRANCH));
            em.persist(new Person(1002, BORN_2001, null));
        });
        String mistyped = BORN_1985.value().substring(0, 11) + (BORN_1985.checkDigit() + 1) % 10;
        pg.exec(Database.NAME, "INSERT INTO legacy_customer VALUES (1001, '" + BORN_1985.value() + "'),"
                + " (1002, '12345'), (1003, '" + mistyped + "')");
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void validityIsABarePredicate() {
        db.runInTransaction(em -> {
            assertThat(ids(em, "select c.id from LegacyCustomer c where c.id < 2000 and iin_is_valid(c.iin)"))
                    .containsExactly(1001L);
            assertThat(ids(em, "select c.id from LegacyCustomer c where c.id < 2000 and not iin_is_valid(c.iin)"))
                    .containsExactly(1002L, 1003L);
            assertThat(em.createQuery("select iin_error(c.iin) from LegacyCustomer c"
                    + " where c.id between 1002 and 1999 order by c.id", String.class).getResultList())
                    .containsExactly("WRONG_LENGTH", "CHECK_DIGIT_MISMATCH");
            assertThat(ids(em, "select p.id from Person p where p.id between 1001 and 1999"
                    + " and bin_is_valid(p.employer)")).containsExactly(1001L);
        });
    }

    @Test
    void decodersAreTyped() {
        db.runInTransaction(em -> {
            assertThat(em.createQuery("select p.id from Person p"
                    + " where p.id between 1001 and 1999 and iin_birth_date(p.iin) < :d", Long.class)
                    .setParameter("d", LocalDate.of(2000, 1, 1)).getResultList()).containsExactly(1001L);
            Object[] decoded = em.createQuery("select iin_birth_date(p.iin), iin_sex(p.iin),"
                    + " bin_registered(p.employer), bin_type(p.employer), bin_division(p.employer),"
                    + " iin_check_digit(substring(p.iin, 1, 11)) from Person p where p.id = 1001", Object[].class)
                    .getSingleResult();
            assertThat(decoded[0]).isEqualTo(LocalDate.of(1985, 7, 15));
            assertThat(Sex.ofCode((String) decoded[1])).isEqualTo(Sex.FEMALE);
            assertThat(decoded[2]).isEqualTo(LocalDate.of(2007, 9, 1));
            assertThat(EntityType.valueOf((String) decoded[3])).isEqualTo(EntityType.RESIDENT);
            assertThat(Division.valueOf((String) decoded[4])).isEqualTo(Division.BRANCH);
            assertThat(decoded[5]).isEqualTo(BORN_1985.checkDigit());
            // As docs/java.md shows it:
            assertThat(em.createQuery(
                    "select iin_birth_date(p.iin), bin_type(p.employer) from Person p where p.id = :id", Object[].class)
                    .setParameter("id", 1001L).getSingleResult())
                    .containsExactly(LocalDate.of(1985, 7, 15), "RESIDENT");
        });
    }

    private static List<Long> ids(EntityManager em, String hql) {
        return em.createQuery(hql + " order by 1", Long.class).getResultList();
    }

    @Test
    void criteriaTakesTheFunctionsAsPredicatesToo() {
        db.runInTransaction(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<LegacyCustomer> c = q.from(LegacyCustomer.class);
            q.select(c.get("id"))
                    .where(cb.and(cb.lt(c.get("id"), 2000L), cb.function("iin_is_valid", Boolean.class, c.get("iin"))));
            assertThat(em.createQuery(q).getResultList()).containsExactly(1001L);
        });
    }

    @Test
    void typedValuesBindAsParameters() {
        db.runInTransaction(em -> assertThat(em.createQuery("select p.id from Person p where p.iin = :iin", Long.class)
                .setParameter("iin", BORN_2001).getResultList()).containsExactly(1002L));
    }

    @Test
    void parametersAreBoundAsText() {
        db.runInTransaction(em -> assertThat(em.createQuery("select iin_mask(:s), iin_compact(:s), iin_kind(:s)",
                Object[].class).setParameter("s", "850715 400109").getSingleResult())
                .containsExactly("*********0109", "850715400109", null));
    }

    @Test
    void everyRegisteredFunctionExistsInTheExtensionWithThatResultType() {
        Map<Class<?>, String> sqlTypes = Map.of(Boolean.class, "boolean", String.class, "text",
                LocalDate.class, "date", Integer.class, "integer");
        for (ExtensionFunction f : ExtensionFunction.values()) {
            String found = pg.exec(Database.NAME, "SELECT p.prorettype::regtype FROM pg_proc p JOIN pg_namespace n"
                    + " ON n.oid = p.pronamespace WHERE n.nspname = 'iin' AND p.proname = '" + f.sqlName() + "'"
                    + " AND p.proargtypes::text = 'text'::regtype::oid::text").strip();
            assertThat(List.of(found)).as(f.qualifiedName()).containsExactly(sqlTypes.get(f.result().getJavaType()));
        }
    }
}
