package bench;

import java.time.LocalDate;

/**
 * The floor for the bench: PL/Java functions that take the text argument (so PostgreSQL text is
 * still converted to a java.lang.String) and do nothing with it.
 */
public final class Noop {
    private static final LocalDate FIXED = LocalDate.of(2000, 1, 1);

    private Noop() {
    }

    public static boolean bool(String s) {
        return true;
    }

    public static LocalDate date(String s) {
        return FIXED;
    }
}
