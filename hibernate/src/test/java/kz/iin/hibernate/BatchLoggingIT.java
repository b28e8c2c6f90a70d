package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pgjdbc writes a failed batch's statement with its bound values into the BatchUpdateException, and Hibernate
 * logs that message at WARN: the batch's numbers end up in the application's log. The driver's
 * {@code logServerErrorDetail=false} stops it. Checked on what the log and the exception say.
 */
class BatchLoggingIT {
    private static final String VALID = "850715400109";
    private static final String MISTYPED = "900101300008";
    private static ThrowawayCluster pg;

    @BeforeAll
    static void start() throws Exception {
        pg = Database.cluster();
    }

    @Test
    void byDefaultTheLogAndTheExceptionCarryTheBatchsNumbers() {
        assertThat(insertBatchWithOneBadRow("", 4000)).contains("iin_valid").contains(MISTYPED);
    }

    @Test
    void withLogServerErrorDetailOffNeitherCarriesAnyNumber() {
        assertThat(insertBatchWithOneBadRow("logServerErrorDetail=false", 4100)).contains("iin_valid")
                .doesNotContain(MISTYPED).doesNotContain(MISTYPED.substring(0, 11)).doesNotContain(VALID);
    }

    /** What the log and the failure said when a batch of three rows, one invalid, was inserted. */
    private static String insertBatchWithOneBadRow(String driverParameters, long firstId) {
        try (WhatWasSaid said = new WhatWasSaid();
             EntityManagerFactory db = Database.open(Database.url(pg, driverParameters),
                     Map.of("hibernate.jdbc.batch_size", "20"), Citizen.class)) {
            Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
                em.persist(new Citizen(firstId, "Valid, batched", VALID));
                em.persist(new Citizen(firstId + 1, "Invalid, batched", MISTYPED));
                em.persist(new Citizen(firstId + 2, "Valid again", VALID));
            }));
            assertThat(failure).as("the batch must fail on the domain's check").isNotNull();
            assertThat(pg.exec(Database.NAME, "SELECT count(*) FROM citizen WHERE id BETWEEN " + firstId
                    + " AND " + (firstId + 99)).strip()).isEqualTo("0");
            return said.logAnd(failure);
        }
    }
}
