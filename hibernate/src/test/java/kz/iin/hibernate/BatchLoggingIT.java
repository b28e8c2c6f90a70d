package kz.iin.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pgjdbc writes a failed batch's statement with its bound values into the BatchUpdateException, and Hibernate
 * logs that message: the numbers of the batch end up in the application's log. The driver's
 * {@code logServerErrorDetail=false} stops it. Both are checked here on what the log and the exception say.
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
        String said = insertBatchWithOneBadRow("", 4000);
        assertThat(said).contains("iin_valid").contains(MISTYPED);
    }

    @Test
    void withLogServerErrorDetailOffNeitherCarriesAnyNumber() {
        String said = insertBatchWithOneBadRow("logServerErrorDetail=false", 4100);
        assertThat(said).contains("iin_valid").doesNotContain(MISTYPED).doesNotContain(VALID)
                .doesNotContain(MISTYPED.substring(0, 11));
    }

    /** Everything the log and the exception chain said when a batch of three rows, one invalid, was inserted. */
    private static String insertBatchWithOneBadRow(String driverParameters, long firstId) {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                logged.add(format.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (EntityManagerFactory db = Database.open(Database.url(pg, driverParameters),
                Map.of("hibernate.jdbc.batch_size", "20"), Citizen.class)) {
            Throwable failure = catchThrowable(() -> db.runInTransaction(em -> {
                em.persist(new Citizen(firstId, "Valid, batched", VALID));
                em.persist(new Citizen(firstId + 1, "Invalid, batched", MISTYPED));
                em.persist(new Citizen(firstId + 2, "Valid again", VALID));
            }));
            assertThat(failure).as("the batch must fail on the domain's check").isNotNull();
            assertThat(pg.exec(Database.NAME, "SELECT count(*) FROM citizen WHERE id >= " + firstId
                    + " AND id < " + (firstId + 100)).strip()).isEqualTo("0");
            return String.join("\n", logged) + "\n" + everythingSaidBy(failure);
        } finally {
            root.removeHandler(capture);
        }
    }

    /** The messages and stack-trace text of a throwable, its causes, suppressed and next exceptions. */
    private static String everythingSaidBy(Throwable t) {
        StringBuilder out = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(t));
        while (!todo.isEmpty()) {
            Throwable next = todo.remove(todo.size() - 1);
            if (next == null || !seen.add(next)) {
                continue;
            }
            out.append(next).append('\n');
            todo.add(next.getCause());
            todo.addAll(List.of(next.getSuppressed()));
            if (next instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return out.toString();
    }
}
