package kz.iin.bench.rules;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the same {@link #CASES} generated cases in turn, so no case is measured warm alone. */
@State(Scope.Thread)
public class CaseCursor {
    /** A power of two, so the walk wraps with a mask. */
    static final int CASES = 4096;

    private int next;

    int advance() {
        next = (next + 1) & (CASES - 1);
        return next;
    }
}
