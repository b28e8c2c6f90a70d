package kz.iin.rules.conclusions;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where rules put conclusions that no rule matches on (the fee, the agency, missing documents, findings,
 * validity): recorded for the decision without entering working memory, which would cost an insertion and a
 * removal per decision for nothing. Conclusions that other rules read (reissueRequired, reissueAvailable)
 * are facts in data stores instead. Rules call {@code add} exactly as on a data store.
 */
public final class Sink<T extends Conclusion> {
    private Consumer<? super T> target = c -> {
        throw new IllegalStateException("no decision is being recorded");
    };

    /** Sends every conclusion added from now on to {@code target}. */
    public void connect(Consumer<? super T> target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    public void add(T conclusion) {
        target.accept(Objects.requireNonNull(conclusion, "conclusion"));
    }
}
