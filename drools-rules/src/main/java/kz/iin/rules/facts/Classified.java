package kz.iin.rules.facts;

import java.util.Objects;

/** A classification rule's conclusion about the case. */
public record Classified(Category category) {
    public Classified {
        Objects.requireNonNull(category, "category");
    }
}
