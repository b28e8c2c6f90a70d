package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server errors as the application sees and logs them: PostgreSQL's DETAIL of a unique violation names the
 * key (pgjdbc copies it into the message unless {@code logServerErrorDetail=false}); the extension's own
 * errors name the reason, never the number.
 */
class ServerErrorsIT {
    private static final String TAKEN = "900101300007";
    private static ThrowawayCluster pg;

    @BeforeAll
    static void start() throws Exception {
        pg = Database.cluster();
        pg.exec(Database.NAME, "INSERT INTO registered VALUES (5000, '" + TAKEN + "')");
    }

    @Test
    void aUniqueViolationNamesTheKeyUnlessLogServerErrorDetailIsOff() {
        assertThat(registerAgain("")).contains("registered_iin_key").contains(TAKEN);
        assertThat(registerAgain("logServerErrorDetail=false")).contains("registered_iin_key").doesNotContain(TAKEN);
    }

    @Test
    void theExtensionsErrorsNameTheReasonNotTheNumber() {
        String mistyped = TAKEN.substring(0, 11) + "8";
        try (WhatWasSaid said = new WhatWasSaid();
             EntityManagerFactory db = Database.open(Database.url(pg, ""), Map.of(), Registered.class)) {
            Throwable failure = catchThrowable(() -> db.runInTransaction(em -> em.createQuery(
                    "select iin_birth_date(:s)", Object.class).setParameter("s", mistyped).getSingleResult()));
            assertThat(said.logAnd(failure)).contains("22P02").contains("CHECK_DIGIT_MISMATCH")
                    .doesNotContain(mistyped).doesNotContain(TAKEN);
        }
    }

    private static String registerAgain(String driverParameters) {
        try (WhatWasSaid said = new WhatWasSaid();
             EntityManagerFactory db = Database.open(Database.url(pg, driverParameters), Map.of(), Registered.class)) {
            Throwable failure = catchThrowable(() -> db.runInTransaction(
                    em -> em.persist(new Registered(5001, TAKEN))));
            assertThat(failure).isNotNull();
            return said.logAnd(failure);
        }
    }
}
